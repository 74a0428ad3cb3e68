-- Issue 15, one ranking per benchmark: benchmark families, structured score settings, a review list.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

-- A variant names its family in parent_slug (V5's column, unused until now) and the setting its source id implies
-- (from the crosswalk file or a name rule), as a setting key such as `harness-agentless`.
alter table benchmark add column implied_setting varchar(200);
create index ix_benchmark_parent on benchmark (parent_slug);

-- A score's setting as values, and its canonical key: scores rank against each other only with the same key.
-- Scores written before this migration are `unspecified` until their source is imported again.
alter table score add column shots integer;
alter table score add column cot boolean;
alter table score add column pass_at_k integer;
alter table score add column harness varchar(60);
alter table score add column subset varchar(60);
alter table score add column setting_key varchar(200) default 'unspecified' not null;
create index ix_score_setting on score (benchmark_id, setting_key, score_value);

-- Source benchmarks the resolution rules could not place in a family: created on their own and listed here
-- (with the family a name rule suggests) for a person to decide, in the crosswalk file.
create sequence benchmark_review_seq start with 1 increment by 50;
create table benchmark_review (
    id             bigint        not null primary key,
    origin         varchar(40)   not null,
    source_id      varchar(300)  not null,
    benchmark_slug varchar(100)  not null,
    candidate_slug varchar(100),
    reason         varchar(1000) not null
);
create index ix_benchmark_review_origin on benchmark_review (origin, source_id);
