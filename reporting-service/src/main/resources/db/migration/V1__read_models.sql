-- Reporting's read models, built from the topics only (reporting writes no events).
-- Every topic writes its own columns, so the rows come out the same whatever order the topics are
-- read in (a line's stock may be heard of before its order). Rebuild deletes every rm_* row and
-- the reporting consumers' inbox rows, then reads the topics again from the start.

-- Orders as order-service tells them (orders.events).
create table rm_order (
    order_number          varchar(64) primary key,
    storefront_order_id   varchar(200),
    customer_id           varchar(200),
    customer_name         varchar(300),
    customer_email        varchar(300),
    placed_at             timestamptz,
    import_id             varchar(200),
    original_order_number varchar(64),
    approved              boolean not null default false,
    cancelled             boolean not null default false
);
create index rm_order_customer on rm_order (customer_id);
create index rm_order_import on rm_order (import_id) where import_id is not null;
create index rm_order_placed on rm_order (placed_at);

-- Order lines: ordered (orders.events); allocated, needed, shipped, cancelled (inventory.events);
-- the promise (purchasing.events).
create table rm_line (
    order_number     varchar(64)  not null,
    line_no          int          not null,
    sku              varchar(200) not null,
    ordered          int,
    allocated        int          not null default 0,
    needed           int          not null default 0,
    shipped          int          not null default 0,
    cancelled        int          not null default 0,
    split_off        int          not null default 0,
    first_reason     varchar(20),
    needed_at_import int          not null default 0,
    waiting_since    timestamptz,
    promise_status   varchar(30),
    promised_date    date,
    promised_po      varchar(64),
    primary key (order_number, line_no)
);
create index rm_line_sku on rm_line (sku);
create index rm_line_waiting on rm_line (sku, order_number) where needed > 0;

-- Items (inventory.events) and who supplies them (purchasing.events).
create table rm_item (
    sku          varchar(200) primary key,
    description  varchar(500),
    tracked      boolean,
    discontinued boolean,
    on_hand      int not null default 0,
    supplier_id  varchar(200)
);

-- Purchase orders (purchasing.events): what is on order is what sent, unclosed orders still await.
create table rm_purchase_order (
    po_number   varchar(64) primary key,
    supplier_id varchar(200),
    status      varchar(30) not null,
    created_at  timestamptz,
    sent_at     timestamptz
);
create table rm_purchase_line (
    po_number varchar(64)  not null,
    sku       varchar(200) not null,
    ordered   int          not null default 0,
    received  int          not null default 0,
    primary key (po_number, sku)
);
create index rm_purchase_line_sku on rm_purchase_line (sku);

-- Shipment history per order line: what inventory shipped (StockShipped), confirmed by the order
-- (OrderShipped with the same shipmentId). Keyed by the shipment (the event id for shipments
-- decided before inventory confirmed them).
create table rm_shipment_line (
    shipment_key       varchar(200) not null,
    order_number       varchar(64)  not null,
    line_no            int          not null,
    sku                varchar(200) not null,
    quantity           int          not null,
    shipped_at         timestamptz  not null,
    confirmed_by_order boolean      not null default false,
    primary key (shipment_key, order_number, line_no)
);
create index rm_shipment_line_order on rm_shipment_line (order_number);
create index rm_shipment_line_at on rm_shipment_line (shipped_at);

-- Imports (the importId of OrderImported), first seen when.
create table rm_import (
    import_id     varchar(200) primary key,
    first_seen_at timestamptz not null
);

-- Changes of reporting's parameters (parameters.events), so that whether an import's report is
-- kept is judged by the value the parameter had at the import, also in a rebuild.
create table rm_parameter_change (
    event_id   varchar(200) primary key,
    name       varchar(200) not null,
    value      varchar(500),
    changed_at timestamptz  not null
);
create index rm_parameter_change_name on rm_parameter_change (name, changed_at);

-- Every change of the backlog, for the charts over time: units needed, lines and orders waiting.
create table rm_backlog_change (
    id     bigserial primary key,
    at     timestamptz not null,
    units  int         not null,
    lines  int         not null,
    orders int         not null
);
create index rm_backlog_change_at on rm_backlog_change (at);
-- Backorders by Order Number pages through the waiting lines in order-number order (shorter first).
create index rm_line_waiting_order on rm_line (length(order_number), order_number, line_no) where needed > 0;
