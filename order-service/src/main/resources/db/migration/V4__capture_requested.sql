-- A capture asked for and not yet answered: the recovery job makes it again after a while.
alter table order_view add column capture_requested_at timestamptz;
create index order_view_capture_requested on order_view (capture_requested_at) where capture_requested_at is not null;
