-- Nothing lost, nothing silently skipped: dead letters an operator can see and send again, outbox
-- rows the relay could not send set aside instead of blocking the rest, and indexes for the purge.

-- Each record a consumer refused as poison, kept for operators; it also went to <topic>.dlq
-- through the outbox. retried_at is set once, when a retry was handled; until then it can be retried.
create table dead_letter (
    id               bigserial    primary key,
    consumer         varchar(128) not null,
    topic            varchar(249) not null,
    record_partition int          not null,
    record_offset    bigint       not null,
    message_key      text,
    payload          text,
    headers          jsonb        not null default '{}'::jsonb,
    event_id         varchar(256) not null,
    reason           text         not null,
    created_at       timestamptz  not null default now(),
    retried_at       timestamptz,
    -- What the last retry came to: 'handled', or why the record was refused again.
    retry_outcome    text,
    constraint dead_letter_once unique (consumer, event_id)
);

create index dead_letter_newest on dead_letter (id desc);
create index dead_letter_by_consumer on dead_letter (consumer, id desc);

-- A row the relay failed to send for a reason of its own (too large, no such topic) counts its
-- attempts; after the last one it is set aside (failed_at) and the relay goes on without it.
alter table outbox add column attempts  int not null default 0;
alter table outbox add column failure   text;
alter table outbox add column failed_at timestamptz;

drop index outbox_unpublished;
create index outbox_unpublished on outbox (position) where published_at is null and failed_at is null;
create index outbox_set_aside on outbox (position) where failed_at is not null;

-- The retention job deletes the oldest rows in batches; these keep it from scanning the tables.
create index outbox_published_at on outbox (published_at) where published_at is not null;
create index processed_event_processed_at on processed_event (processed_at);
