-- Order numbers are short and human: 1001, 1002, … A number is drawn only for an order not seen
-- before; a rolled-back import can still leave a gap.
create sequence order_number_seq start with 1001;

-- One order per storefront order id, whichever path (REST, batch, topic) brought it first.
create table storefront_order (
    storefront_order_id varchar(64) primary key,
    order_number        varchar(16) not null unique
);

create table order_view (
    order_number        varchar(16)   primary key,
    storefront_order_id varchar(64)   not null,
    storefront          varchar(32)   not null,
    import_id           varchar(64),
    customer_id         varchar(64)   not null,
    customer_name       varchar(200),
    customer_email      varchar(254),
    placed_at           timestamptz   not null,
    discount_percent    numeric(5, 2) not null,
    approved            boolean       not null default false,
    shipped             boolean       not null default false,
    cancelled           boolean       not null default false,
    version             bigint        not null
);

create index order_view_customer on order_view (customer_id);

create table order_line_view (
    order_number varchar(16)    not null references order_view (order_number),
    line_no      int            not null,
    sku          varchar(64)    not null,
    quantity     int            not null,
    unit_price   numeric(14, 2) not null,
    allocated    int            not null default 0,
    needed       int            not null default 0,
    shipped      int            not null default 0,
    cancelled    int            not null default 0,
    primary key (order_number, line_no)
);
