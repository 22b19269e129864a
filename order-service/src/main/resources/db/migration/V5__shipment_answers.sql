-- Inventory confirms shipments: the page counts the lines of the shipment asked for that inventory has not answered yet.
alter table order_view add column shipment_lines_awaited integer not null default 0;
