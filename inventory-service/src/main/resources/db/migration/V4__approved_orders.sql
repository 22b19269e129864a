-- Inventory follows approvals: units filled for an approved order are held apart for the order split off it.
alter table order_placement add column approved boolean not null default false;
