-- Issue 15, facts from sources: brings a database loaded before this version in line with what the importers now do
-- on a fresh one (on an empty database every statement here changes nothing). Portable SQL: H2 and PostgreSQL.

-- 1. Labs merged by the crosswalk (bundled/crosswalk/labs.csv): Google is Google DeepMind. Its models and aliases
--    move to the survivor, its slug becomes an alias (so /labs/google answers 301), and the empty lab goes. A model's
--    slug starts with its lab's: google/palm becomes google-deepmind/palm, the old slug a model alias (301).
insert into model_alias (alias, model_id, origin)
select m.slug, m.id, 'crosswalk' from language_model m join lab g on m.lab_id = g.id
 where g.slug = 'google'
   and exists (select 1 from lab d where d.slug = 'google-deepmind')
   and not exists (select 1 from model_alias a where a.alias = m.slug);
update language_model set slug = 'google-deepmind/' || substring(slug, 8)
 where slug like 'google/%'
   and lab_id = (select g.id from lab g where g.slug = 'google')
   and exists (select 1 from lab d where d.slug = 'google-deepmind')
   and not exists (select 1 from language_model o where o.slug = 'google-deepmind/' || substring(language_model.slug, 8));
update language_model set lab_id = (select d.id from lab d where d.slug = 'google-deepmind')
 where lab_id = (select g.id from lab g where g.slug = 'google')
   and exists (select 1 from lab d where d.slug = 'google-deepmind');
update lab_alias set lab_id = (select d.id from lab d where d.slug = 'google-deepmind')
 where lab_id = (select g.id from lab g where g.slug = 'google')
   and exists (select 1 from lab d where d.slug = 'google-deepmind');
insert into lab_alias (alias, lab_id, origin)
select 'google', d.id, 'crosswalk' from lab d
 where d.slug = 'google-deepmind'
   and exists (select 1 from lab g where g.slug = 'google')
   and not exists (select 1 from lab_alias a where a.alias = 'google');
delete from lab
 where slug = 'google'
   and exists (select 1 from lab d where d.slug = 'google-deepmind')
   and not exists (select 1 from language_model m where m.lab_id = lab.id);

-- 2. Open weights only where a source says the weights can be downloaded (domain/OpenWeights): a weights link, or a
--    Hugging Face repository with a licence that is not proprietary; a licence name alone says nothing.
update language_model set open_weights = true where weights_url is not null and weights_url <> '';
update language_model set open_weights = null
 where open_weights = true
   and (weights_url is null or weights_url = '')
   and not (coalesce(repo_url, '') like 'https://huggingface.co/%' and coalesce(licence_id, 'proprietary') not in ('proprietary', 'unknown'));

-- 3. Active parameters from the sourced facts, where a model has none of its own (the first source by priority:
--    the DeepSeek statistics page, then llm-stats).
update language_model set active_parameters = coalesce(
        (select max(f.numeric_value) from model_fact f
          where f.model_id = language_model.id and f.fact = 'active-parameters' and f.origin = 'deepseek-statistics'),
        (select max(f.numeric_value) from model_fact f
          where f.model_id = language_model.id and f.fact = 'active-parameters'))
 where active_parameters is null
   and exists (select 1 from model_fact f where f.model_id = language_model.id and f.fact = 'active-parameters');

-- 4. Release dates: most specific wins. A day from llm-stats within the month the markdown set gives refines it; a
--    day in another month is a disagreement and leaves the month (the model page shows both).
update language_model set release_date = released_on, release_precision = 'DAY'
 where released_on is not null
   and (release_date is null
        or release_precision = 'UNKNOWN'
        or (release_precision = 'MONTH' and extract(year from release_date) = extract(year from released_on)
            and extract(month from release_date) = extract(month from released_on))
        or (release_precision = 'YEAR' and extract(year from release_date) = extract(year from released_on)));
