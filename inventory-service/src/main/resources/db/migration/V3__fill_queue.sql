-- What the fill queue needs to know of an order: when it was placed (oldest first), and whether
-- a line's waiting units count as backorders to replenish.
create table order_placement (
    order_number varchar(16) primary key,
    placed_at    timestamptz not null,
    customer_id  varchar(64)
);

alter table line_allocation add column replenishable boolean not null default true;
alter table line_allocation add column shipped int not null default 0;
alter table line_allocation add column cancelled int not null default 0;
-- A line forced to backorder waits behind the lines that were short at import.
alter table line_allocation add column forced boolean not null default false;

create index line_allocation_waiting on line_allocation (sku) where needed > 0;
