-- Read models of inventory-service, kept in the transaction that appends the events they show.

create table item_view (
    sku          varchar(64)  primary key,
    description  varchar(200),
    defined      boolean      not null,
    tracked      boolean      not null,
    discontinued boolean      not null,
    on_hand      int          not null,
    allocated    int          not null,
    backordered  int          not null,
    version      bigint       not null
);

create table line_allocation (
    order_number varchar(16) not null,
    line_no      int         not null,
    sku          varchar(64) not null,
    allocated    int         not null,
    needed       int         not null,
    primary key (order_number, line_no)
);
