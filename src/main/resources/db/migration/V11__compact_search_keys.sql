-- Search by compact keys (issue 17): a model's search_text becomes the letters and digits of its name and of its lab's
-- name, apart ("gpt4o|openai"), so that "gpt 4o", "gpt4o", "GPT-4o" and "gpt‑4o" all find GPT-4o. The key needs
-- Unicode normalisation (NFKD, accents dropped), which SQL lacks on H2 and PostgreSQL: the rows are blanked here and
-- service.load.SearchKeyRepair writes their keys at the next start, before the first search.
update language_model set search_text = '';
-- Alias keys (model_alias.search_key, V7) are already letters and digits; only an alias in a non-Latin script differs
-- (its letters are now kept), and keeps its old key until it is written again.
