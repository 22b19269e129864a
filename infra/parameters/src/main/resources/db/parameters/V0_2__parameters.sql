-- The current value of each parameter that was changed at run time; the others have their
-- configured default. The history is the "Parameters" stream of the event store.
create table parameter_value (
    name       varchar(64)  primary key,
    value      varchar(200) not null,
    changed_by varchar(128) not null,
    changed_at timestamptz  not null
);
