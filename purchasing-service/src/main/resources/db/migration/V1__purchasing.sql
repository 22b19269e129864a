-- Read models of purchasing-service. Suppliers, supplier items, purchase orders and promised dates
-- are event-sourced (event_store); these rows show their current state and are written in the
-- transaction that appends their events. The demand view and the order placements are kept from
-- other services' topics (inventory.events, orders.events) through the processed-event inbox.

create table supplier (
    supplier_id     varchar(64)  primary key,
    name            varchar(200) not null,
    email           varchar(320),
    lead_time_days  int          not null,
    version         bigint       not null
);

create table supplier_item (
    sku              varchar(64)   primary key,
    supplier_id      varchar(64)   not null,
    unit_cost        numeric(14,2) not null,
    minimum_quantity int           not null,
    lot_size         int           not null,
    reorder_point    int           not null,
    version          bigint        not null
);

create index supplier_item_by_supplier on supplier_item (supplier_id);

-- PO-1001, PO-1002, …: a number is drawn per purchase order generated; a rolled-back generation leaves a gap.
create sequence purchase_order_number start with 1001;

create table purchase_order (
    po_number              varchar(32)  primary key,
    supplier_id            varchar(64)  not null,
    status                 varchar(24)  not null,
    backorder_window_days  int          not null,
    created_at             timestamptz  not null,
    sent_at                timestamptz,
    expected_date          date,
    late                   boolean      not null default false,
    closed_at              timestamptz,
    version                bigint       not null
);

create index purchase_order_open on purchase_order (status) where status in ('DRAFT', 'SENT', 'PARTIALLY_RECEIVED');

create table purchase_order_line (
    po_number     varchar(32)   not null references purchase_order (po_number),
    sku           varchar(64)   not null,
    quantity      int           not null,
    unit_cost     numeric(14,2) not null,
    received      int           not null,
    over_received int           not null,
    primary key (po_number, sku)
);

create index purchase_order_line_by_sku on purchase_order_line (sku);

-- What purchasing knows of each item from inventory.events.
create table demand_item (
    sku          varchar(64) primary key,
    defined      boolean     not null default false,
    tracked      boolean     not null default true,
    discontinued boolean     not null default false,
    on_hand      int         not null default 0,
    allocated    int         not null default 0
);

-- Order lines that wait for units (needed > 0), from inventory.events. A line an operator forced to
-- backorder waits behind the others, as in inventory's fill rule.
create table demand_line (
    order_number         varchar(16) not null,
    line_no              int         not null,
    sku                  varchar(64) not null,
    needed               int         not null,
    forced               boolean     not null default false,
    replenishable        boolean     not null default true,
    first_backordered_at timestamptz not null,
    primary key (order_number, line_no)
);

create index demand_line_waiting on demand_line (sku) where needed > 0;

-- When each order was placed (orders.events): the look-back window and the queue order count from it.
create table order_placement (
    order_number varchar(16) primary key,
    placed_at    timestamptz not null
);

-- Skus whose promised dates must be worked out again: marked in the transaction that changed their
-- demand or supply, taken by the promise review job.
create table promise_review (
    sku       varchar(64) primary key,
    marked_at timestamptz not null default now()
);

-- The promised date last published for each waiting line.
create table line_promise (
    order_number   varchar(16) not null,
    line_no        int         not null,
    sku            varchar(64) not null,
    quantity_needed int        not null,
    status         varchar(24) not null,
    promised_date  date,
    po_number      varchar(32),
    late           boolean     not null,
    changed_at     timestamptz not null,
    primary key (order_number, line_no)
);

create index line_promise_by_sku on line_promise (sku);

-- Receipts that did not simply match an open purchase order line: they added stock all the same.
create table receipt_exception (
    receipt_id  varchar(64)  not null,
    sku         varchar(64)  not null,
    po_number   varchar(32)  not null,
    kind        varchar(32)  not null,
    quantity    int          not null,
    units       int          not null,
    detail      varchar(300) not null,
    received_at timestamptz  not null,
    primary key (receipt_id, kind)
);
