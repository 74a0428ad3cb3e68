-- Append-only change log: every write, field by field; a bulk import is one entry with its counts.
create sequence change_log_seq start with 1 increment by 50;
create table change_log (
    id          bigint        not null primary key,
    entity_type varchar(20)   not null,
    entity_key  varchar(300)  not null,
    -- The model a change belongs to (its own changes and its scores'), for the model's history.
    model_slug  varchar(200),
    field       varchar(100)  not null,
    old_value   varchar(10000),
    new_value   varchar(10000),
    actor       varchar(100)  not null,
    changed_at  timestamp     not null,
    reason      varchar(1000)
);
create index ix_change_log_model on change_log (model_slug, changed_at);
create index ix_change_log_entity on change_log (entity_type, entity_key);

-- The range a benchmark's scores must lie in (null: unbounded).
alter table benchmark add column min_score double precision;
alter table benchmark add column max_score double precision;
update benchmark set min_score = 0, max_score = 100 where unit = '%';
