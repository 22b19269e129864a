alter table order_view add column ship_date date;
alter table order_view add column payment_authorization_id varchar(128);
alter table order_view add column payment_amount numeric(14, 2);
alter table order_view add column payment_transaction_id varchar(128);
alter table order_view add column payment_failure varchar(500);
