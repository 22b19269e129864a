-- 100,000 orders' worth of reporting read-model rows (ConsolePageTimings), written straight into the tables:
-- the figures are about the queries, not about projecting. Every generated key starts with V (orders from
-- 3000001, skus VSKU-, customers VC-, imports volume-) so the rows can be told apart and deleted.
-- :orders is replaced by the number of orders, their placements spread evenly over the last 180 days.
-- Of every 10 orders 3 wait (their first line needs units), 4 shipped in full, 3 are allocated; 1 in 50 cancelled.

insert into rm_item (sku, description, tracked, discontinued, on_hand, supplier_id)
select 'VSKU-' || i, 'Volume item ' || i, true, i % 97 = 0, i % 13, 'VSUP-' || (i % 40)
from generate_series(0, 1999) i;

insert into rm_order (order_number, storefront_order_id, customer_id, customer_name, customer_email, placed_at,
                      import_id, original_order_number, approved, cancelled)
select (3000000 + g)::text, 'VOLUME-' || g, 'VC-' || (g % 20000), 'Volume customer ' || (g % 20000),
       'vc' || (g % 20000) || '@example.com',
       now() - make_interval(days => (g * 180 / :orders)::int, secs => (g * 37) % 86400),
       'volume-' || (g / 100), null, g % 10 >= 3, g % 50 = 0
from generate_series(1, :orders) g;

insert into rm_line (order_number, line_no, sku, ordered, allocated, needed, shipped, cancelled, split_off,
                     first_reason, needed_at_import, waiting_since, promise_status, promised_date, promised_po)
select (3000000 + g)::text, n, 'VSKU-' || ((g * 7 + n * 13) % 2000), q,
       case when waits then q - need when g % 10 >= 6 then 0 else q end,
       case when waits then need else 0 end,
       case when g % 10 >= 6 then q else 0 end, 0, 0,
       case when waits then 'OUT_OF_STOCK' end, case when waits then need else 0 end,
       case when waits then now() - make_interval(days => (g * 180 / :orders)::int) end,
       case when waits then (case when g % 4 = 0 then 'ON_ORDER' else 'NOT_ON_ORDER' end) end,
       case when waits and g % 4 = 0 then current_date + (g % 20) end,
       case when waits and g % 4 = 0 then 'VPO-' || (g % 300) end
from (select g, n, 1 + (g + n) % 5 as q, g % 10 < 3 and n = 1 as waits, 1 + g % 3 as need0
      from generate_series(1, :orders) g, generate_series(1, 3) n
      where n <= 1 + g % 3) lines,
     lateral (select least(need0, q) as need) needed;

insert into rm_purchase_order (po_number, supplier_id, status, created_at, sent_at)
select 'VPO-' || p, 'VSUP-' || (p % 40), case when p % 3 = 0 then 'DRAFT' when p % 3 = 1 then 'SENT' else 'RECEIVED' end,
       now() - make_interval(days => p % 60), case when p % 3 <> 0 then now() - make_interval(days => p % 50) end
from generate_series(0, 299) p;

insert into rm_purchase_line (po_number, sku, ordered, received)
select 'VPO-' || p, 'VSKU-' || ((p * 11 + k * 29) % 2000), 20 + k, case when p % 3 = 2 then 20 + k else k end
from generate_series(0, 299) p, generate_series(0, 3) k
on conflict do nothing;

insert into rm_shipment_line (shipment_key, order_number, line_no, sku, quantity, shipped_at, confirmed_by_order)
select 'vship-' || l.order_number, l.order_number, l.line_no, l.sku, l.shipped,
       coalesce(o.placed_at, now()) + interval '1 day', true
from rm_line l join rm_order o on o.order_number = l.order_number
where l.shipped > 0 and l.sku like 'VSKU-%';

insert into rm_import (import_id, first_seen_at)
select 'volume-' || i, now() - make_interval(days => (i * 100 * 180 / :orders)::int)
from generate_series(0, :orders / 100) i;

-- the backlog's changes: one per waiting line as it came (the charts sum them by day)
insert into rm_backlog_change (at, units, lines, orders)
select waiting_since, needed, 1, 1 from rm_line where needed > 0 and sku like 'VSKU-%';

analyze;
