-- The write path shared by every service: the event store (the truth), the outbox
-- (what is still to be published) and the processed-event inbox (what was already handled).
-- Versions 0.x belong to infra/eventing; a service's own migrations start at V1.

create table event_store (
    global_position   bigserial    primary key,
    event_id          uuid         not null unique,
    aggregate_type    varchar(64)  not null,
    aggregate_id      varchar(128) not null,
    aggregate_version bigint       not null check (aggregate_version > 0),
    event_type        varchar(128) not null,
    schema_version    int          not null,
    data              jsonb        not null,
    occurred_at       timestamptz  not null,
    correlation_id    varchar(128),
    causation_id      varchar(128),
    -- A concurrent writer of the same stream loses here and retries on fresh state.
    constraint event_store_stream_version unique (aggregate_type, aggregate_id, aggregate_version)
);

create table outbox (
    position     bigserial    primary key,
    event_id     varchar(64)  not null,
    topic        varchar(249) not null,
    message_key  varchar(256),
    headers      jsonb        not null default '{}'::jsonb,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz
);

-- The relay only ever reads what is not yet published, in commit order of position.
create index outbox_unpublished on outbox (position) where published_at is null;

create table processed_event (
    consumer     varchar(128) not null,
    event_id     varchar(256) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
