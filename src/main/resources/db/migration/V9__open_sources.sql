-- Issue 16: the open sources' provenance and serving facts.
-- A score's standard error (in its own unit), whether the source ran it itself (Epoch's runs, LiveBench, aider),
-- the run's logs, and the source's edition it belongs to (a LiveBench release).
alter table score add column stderr double precision;
alter table score add column independent boolean;
alter table score add column log_url varchar(2000);
alter table score add column edition varchar(40);
create index ix_score_edition on score (benchmark_id, edition);

-- The model's own limits and reasoning flag, and its cheapest offering's prices (kept by every offering write, so the
-- leaderboard sorts and filters on a column instead of a subquery per row).
alter table language_model add column context_window integer;
alter table language_model add column max_output integer;
alter table language_model add column reasoning boolean;
alter table language_model add column input_price double precision;
alter table language_model add column output_price double precision;
create index ix_model_context_window on language_model (context_window, name);
create index ix_model_input_price on language_model (input_price, name);

-- Which source an offering came from (llm-stats' have none: its citation says it), its cached-input price and when
-- the source last checked the price.
alter table provider_offering add column origin varchar(40);
alter table provider_offering add column cache_read_price double precision;
alter table provider_offering add column checked_on date;
create index ix_offering_origin on provider_offering (origin, external_id);
