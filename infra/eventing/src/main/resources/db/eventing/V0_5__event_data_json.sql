-- An event's data is kept as the text it was written as (json), not parsed into jsonb: every write of an event
-- paid for jsonb's conversion, and every load for the conversion back to text, on the one backend of the command's
-- transaction (a fill of 100,000 lines: about a second of it). Nothing queries inside data in the services; the
-- fault runs' audits read it with json's operators. json still refuses text that is not JSON.
-- The change rewrites the table once, holding it locked meanwhile: on a large store, upgrade at a quiet moment.
alter table event_store alter column data type json using data::json;
