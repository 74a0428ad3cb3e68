-- Model identity (issue 15, "one row per model"): a model's variants (dated snapshots, instruct/base, reasoning
-- settings) are models of their own, with their own scores, linked to the model people rank; the leaderboard shows
-- one row per model. Records the resolution rules cannot place go to a review list. Portable SQL (H2, PostgreSQL).

-- The model this one is a variant of (null: a model of its own, a leaderboard row). One level: a variant has no variants.
alter table language_model add column variant_of_id bigint;
alter table language_model add constraint fk_model_variant_of foreign key (variant_of_id) references language_model (id) on delete set null;
-- Who placed the model: `crosswalk`, `name rule` or `editor`. An editor's decision (a link or a split) is never undone
-- by the rules on a later import.
alter table language_model add column variant_rule varchar(100);
create index ix_model_variant_of on language_model (variant_of_id, name);

-- Aliases compared as search keys (letters and digits only), so that "Claude 3.5 Sonnet 20241022" finds the model
-- whose alias is `claude-3-5-sonnet-20241022`.
alter table model_alias add column search_key varchar(300);
create index ix_model_alias_search_key on model_alias (search_key);
-- Aliases kept by earlier imports (llm-stats ids: lower-case letters, digits, dots, hyphens and a slash).
update model_alias set search_key = replace(replace(replace(replace(replace(replace(lower(alias), '-', ''), '.', ''), '/', ''),
    '_', ''), ' ', ''), '+', 'plus');

-- The review list: source records (or groups of models) the resolution could not place, never guessed into a merge.
create sequence unresolved_record_seq start with 1 increment by 50;
create table unresolved_record (
    id          bigint        not null primary key,
    source      varchar(40)   not null,
    source_id   varchar(300)  not null,
    name        varchar(300),
    reason      varchar(1000) not null,
    candidates  varchar(2000),
    recorded_at timestamp     not null,
    constraint uk_unresolved_record unique (source, source_id)
);
