-- The units each order's lines need in all, kept by the stock projection beside rm_line. It tells when an order
-- starts or stops waiting (rm_backlog_change.orders) without reading every line of the order: a batch of a fill
-- read and locked all 500 lines of each order it touched, some 150 ms a batch. Its row is also what a batch locks,
-- so that two batches on one order (its skus on other partitions) count the order's crossing one after the other.
create table rm_order_need (
    order_number varchar(64) primary key,
    needed       int         not null default 0
);
insert into rm_order_need (order_number, needed)
select order_number, sum(needed) from rm_line group by order_number;
