-- Issue 17: the filters people use and an honest default order.
-- The input modalities a source gives (models.dev: text, image, audio, video, pdf), comma-separated in alphabetical
-- order ("image,text"), so the modality filter is one LIKE on a column.
alter table language_model add column input_modalities varchar(100);

-- The capability score (docs/ranking.md): the coverage-aware mean of percentile ranks over a named benchmark set,
-- its coverage (how many of the set the model has), and the sort key that puts low-coverage models after covered ones.
-- Recomputed by every write transaction (service.rank.CapabilityScores), so the default order is an indexed column sort.
alter table language_model add column capability_score double precision;
alter table language_model add column capability_coverage integer;
alter table language_model add column capability_key double precision;
-- Descending first, as the default order walks it (the same shape as V4's sort indexes).
create index ix_model_capability_desc on language_model (capability_key desc nulls last, name, slug);
