-- The order list pages through orders oldest placed first (OrderQueries.page): an index in that order lets a page
-- be read without sorting every order (100,000 orders: OrderPageTimings, docs/http-api.md).
create index order_view_placed on order_view (placed_at, order_number);
