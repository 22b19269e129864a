-- The order a fill split off an approved order, one per original order and fill: the fill's lines
-- arrive one by one and join it.
create table fill_split (
    original_order_number varchar(16) not null,
    fill_id               varchar(64) not null,
    new_order_number      varchar(16) not null,
    primary key (original_order_number, fill_id)
);

alter table order_view add column original_order_number varchar(16);
create index order_view_original on order_view (original_order_number);
alter table order_line_view add column original_line_no int;
-- Units of the line that went to an order split off at fill.
alter table order_line_view add column split_off int not null default 0;

create table order_note (
    id           bigserial    primary key,
    order_number varchar(16)  not null references order_view (order_number),
    note         varchar(500) not null,
    created_at   timestamptz  not null default now()
);
create index order_note_order on order_note (order_number);
