-- One row: bumped by every write transaction (see DataVersion). Caches of rendered pages are keyed
-- by it, and every instance polls it, so a write invalidates them everywhere.
create table data_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into data_version (id, version) values (1, 1);

-- The default order of each numeric column (highest first, missing last, ties by name): with these, the
-- first page at 100,000 models reads 100 index entries instead of sorting the table.
create index ix_model_alscore_desc on language_model (alscore_key desc nulls last, name, slug);
create index ix_model_parameters_desc on language_model (parameters desc nulls last, name, slug);
create index ix_model_tokens_desc on language_model (training_tokens desc nulls last, name, slug);
create index ix_model_ratio_desc on language_model (ratio_key desc nulls last, name, slug);
create index ix_model_release_desc on language_model (release_date desc nulls last, name, slug);
-- A benchmark's headline scores, highest first (sorting the leaderboard by a benchmark).
create index ix_score_headline_desc on score (benchmark_id, headline, score_value desc);
