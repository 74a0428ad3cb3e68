package org.llmleaderboard.repository;

import jakarta.persistence.FlushModeType;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ScoreRepository implements PanacheRepository<Score> {

    /** The scores of these models as values, in one query; by benchmark, the headline score first. */
    public List<ScoreRow> rowsOfModels(Collection<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.ScoreRow(m.id, m.slug, b.slug, s.scoreValue, s.setting, s.selfReported,
                    s.sourceUrl, s.sourceCitation, s.date, s.headline, s.origin, s.verified, s.verificationProvider,
                    s.verificationHardware, s.verificationDate, s.verificationNotes, s.settingKey, b.unit, b.minScore, b.maxScore,
                    m.name, v.slug, v.name, s.stderr, s.independent, s.logUrl, s.edition)
                from Score s join s.benchmark b join s.model m left join m.variantOf v
                where m.id in :ids
                order by b.id, s.headline desc, s.scoreValue desc, s.id""", ScoreRow.class)
                .setParameter("ids", modelIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    /**
     * The headline scores of these models, three columns a row: a page of 100 leading models has thousands of scores
     * (every LiveBench category, every Epoch run), of which the leaderboard, the JSON API and most GraphQL queries show
     * only the headlines. The order of {@link #rowsOfModels} among them, so that a duplicate resolves the same way.
     */
    public List<HeadlineScore> headlinesOfModels(Collection<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return List.of();
        }
        IdList in = IdList.of(modelIds);
        return in.bind(getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.HeadlineScore(s.model.id, b.slug, s.scoreValue)
                from Score s join s.benchmark b
                where s.model.id in %s and s.headline = true
                order by b.id, s.scoreValue desc, s.id""".formatted(in.in()), HeadlineScore.class))
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    /**
     * Models with a score per setting: per family (a benchmark variant's scores count in its parent's) and per
     * benchmark (a variant's own); and per family in all settings (setting key null); in one statement. A model counts
     * once with its variants ({@code coalesce(variant_of_id, id)}), as the rankings list it once.
     */
    public List<SettingCount> settingCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select 1, coalesce(b.parent_slug, b.slug), s.setting_key, count(distinct coalesce(m.variant_of_id, m.id))
                from score s join benchmark b on b.id = s.benchmark_id join language_model m on m.id = s.model_id
                group by coalesce(b.parent_slug, b.slug), s.setting_key
                union all
                select 0, b.slug, s.setting_key, count(distinct coalesce(m.variant_of_id, m.id))
                from score s join benchmark b on b.id = s.benchmark_id join language_model m on m.id = s.model_id
                group by b.slug, s.setting_key
                union all
                select 1, coalesce(b.parent_slug, b.slug), cast(null as varchar(200)), count(distinct coalesce(m.variant_of_id, m.id))
                from score s join benchmark b on b.id = s.benchmark_id join language_model m on m.id = s.model_id
                group by coalesce(b.parent_slug, b.slug)""")
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        // A native query (a union of two groupings), so its columns arrive untyped.
        return rows.stream().map(r -> new SettingCount(((Number) r[0]).intValue() == 1, (String) r[1], (String) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    /**
     * The rankings of family and setting pairs ({@code "<family slug>|<setting key>"}): over the family and its variants,
     * the scores in that setting only, one per model with its variants ({@code coalesce(variant_of_id, id)}: a dated
     * snapshot ranks as its model, never as a row of its own) — the model's own headline on a benchmark of the family,
     * else the best among the model's and its variants' scores (on a tie the model's own, then by variant slug) — the
     * best {@code first} models (per the benchmark's direction, ties by the model's name and slug), in two statements
     * whatever the number of pairs; by pair. Each score comes with its model and, for a variant's, the model it ranks as.
     */
    public Map<String, List<Score>> familyRankings(Collection<String> familySettings, int first) {
        return familyRankings(familySettings, first, null);
    }

    /**
     * As {@link #familyRankings(Collection, int)}, over the scores that count as of {@code asOf} only (null: all): those
     * of models released by then, dated by then or, without a date, of a model released by then.
     */
    public Map<String, List<Score>> familyRankings(Collection<String> familySettings, int first, java.time.LocalDate asOf) {
        Map<String, List<Score>> byPair = new HashMap<>();
        if (familySettings.isEmpty() || first <= 0) {
            return byPair;
        }
        jakarta.persistence.Query query = getEntityManager().createNativeQuery("""
                select id from (
                  select t.id, row_number() over (partition by t.family_setting order by t.ord, t.model_name, t.model_slug) rn
                  from (
                    select s.id, coalesce(b.parent_slug, b.slug) || '|' || s.setting_key family_setting,
                      case when b.higher_is_better then -s.score_value else s.score_value end ord, c.name model_name, c.slug model_slug,
                      row_number() over (
                        partition by coalesce(b.parent_slug, b.slug), s.setting_key, c.id
                        order by case when s.headline and m.variant_of_id is null then 0 else 1 end,
                          case when b.higher_is_better then -s.score_value else s.score_value end,
                          case when m.variant_of_id is null then 0 else 1 end, m.slug, s.id) per_model
                    from score s
                    join benchmark b on b.id = s.benchmark_id
                    join language_model m on m.id = s.model_id
                    join language_model c on c.id = coalesce(m.variant_of_id, m.id)
                    where (coalesce(b.parent_slug, b.slug) || '|' || s.setting_key) in (:pairs)%s) t
                  where t.per_model = 1) ranked
                where rn <= :first""".formatted(AsOfClauses.nativeScores(asOf)))
                .setParameter("pairs", familySettings)
                .setParameter("first", first);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        if (ids.isEmpty()) {
            return byPair;
        }
        List<Score> scores = getEntityManager().createQuery("""
                select s from Score s join fetch s.benchmark b join fetch s.model m join fetch m.lab left join fetch m.variantOf
                where s.id in :ids""", Score.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultList();
        for (Score s : scores) {
            byPair.computeIfAbsent(s.benchmark.familySlug() + "|" + s.settingKey, k -> new ArrayList<>()).add(s);
        }
        byPair.values().forEach(list -> list.sort(ScoreRepository::better));
        return byPair;
    }

    /** Best first per the benchmark's direction, then by the name and slug of the model it ranks as. */
    private static int better(Score a, Score b) {
        int c = a.benchmark.higherIsBetter ? Double.compare(b.scoreValue, a.scoreValue) : Double.compare(a.scoreValue, b.scoreValue);
        LanguageModel ma = a.model.variantOf != null ? a.model.variantOf : a.model;
        LanguageModel mb = b.model.variantOf != null ? b.model.variantOf : b.model;
        if (c == 0) {
            c = ma.name.compareTo(mb.name);
        }
        return c != 0 ? c : ma.slug.compareTo(mb.slug);
    }

    /** How many stored scores lie outside their benchmark's range (none should: writes check it). */
    public long countOutOfRange() {
        return getEntityManager().createQuery("""
                select count(s) from Score s join s.benchmark b
                where (b.minScore is not null and s.scoreValue < b.minScore) or (b.maxScore is not null and s.scoreValue > b.maxScore)""",
                Long.class).getSingleResult();
    }

    /**
     * For each headline score of a model: its rank on the benchmark and the number of ranked models, in one query.
     * A model ranks once with its variants, as in the family rankings: each other model by its own headline score
     * there, else its variants' best; the rank is 1 + the number of other models whose score is better (ties share a
     * rank), and a variant is ranked against the other models, not against its own model.
     */
    public List<RankRow> ranksOf(long modelId) {
        List<RankRow> ranks = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with own as (
                  select s.benchmark_id, s.score_value, coalesce(m.variant_of_id, m.id) grp
                  from score s join language_model m on m.id = s.model_id
                  where s.model_id = :model and s.headline = true),
                rep as (
                  select x.benchmark_id, x.grp, x.score_value from (
                    select s.benchmark_id, coalesce(m.variant_of_id, m.id) grp, s.score_value,
                      row_number() over (partition by s.benchmark_id, coalesce(m.variant_of_id, m.id)
                        order by case when m.variant_of_id is null then 0 else 1 end,
                          case when b.higher_is_better then -s.score_value else s.score_value end, s.id) per_model
                    from score s join language_model m on m.id = s.model_id join benchmark b on b.id = s.benchmark_id
                    where s.headline = true and s.benchmark_id in (select benchmark_id from own)) x
                  where x.per_model = 1)
                select o.benchmark_id,
                  1 + sum(case when r.grp <> o.grp
                     and (case when b.higher_is_better then r.score_value > o.score_value else r.score_value < o.score_value end)
                     then 1 else 0 end),
                  count(r.grp)
                from own o join benchmark b on b.id = o.benchmark_id join rep r on r.benchmark_id = o.benchmark_id
                group by o.benchmark_id, o.grp, o.score_value, b.higher_is_better""")
                .setParameter("model", modelId)
                .getResultList();
        for (Object[] r : rows) {
            // A native query, so its columns arrive untyped. One join and a group by, not a count per row: H2 inlines a
            // CTE, so two correlated counts over `rep` recomputed its window once per benchmark (2.3 s for GPT-5's page
            // in the native executable, past the 5 s page limit on a busy machine).
            ranks.add(new RankRow(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return ranks;
    }

    /** Number of models with a headline score, per benchmark id (benchmarks without any are absent). */
    public List<IdCount> scoredModelCounts() {
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.IdCount(s.benchmark.id, count(s))
                from Score s where s.headline = true group by s.benchmark.id""", IdCount.class).getResultList();
    }

    /** The scores an import of this origin created (each carries the import's own key, {@code externalId}). */
    /** The run ids ({@code run:…} keys) other sources hold: the same run is one score, whichever source lists it first. */
    public java.util.Set<String> runKeysOfOtherOrigins(String origin) {
        return new java.util.HashSet<>(getEntityManager().createQuery(
                "select s.externalId from Score s where s.externalId like 'run:%' and s.origin <> :origin", String.class)
                .setParameter("origin", origin).getResultList());
    }

    /**
     * Every ranked model's best score per benchmark and edition on these benchmarks, in one statement: what a model's
     * rank in each edition is counted from (a model with variants ranks once).
     */
    public List<EditionScore> editionBests(Collection<String> benchmarkSlugs) {
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.EditionScore(s.edition, b.id, b.slug, b.name, max(s.scoreValue), coalesce(v.id, m.id))
                from Score s join s.benchmark b join s.model m left join m.variantOf v
                where b.slug in :slugs and s.edition is not null
                group by s.edition, b.id, b.slug, b.name, coalesce(v.id, m.id)""", EditionScore.class)
                .setParameter("slugs", benchmarkSlugs).setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    public List<Score> listByOrigin(String origin) {
        return getEntityManager().createQuery("select s from Score s where s.origin = :o", Score.class).setParameter("o", origin)
                .getResultList();
    }

    /** Every score of these models, in one statement. */
    public List<Score> listOfModels(Collection<Long> modelIds) {
        return getEntityManager().createQuery("select s from Score s where s.model.id in :ids", Score.class)
                .setParameter("ids", modelIds).getResultList();
    }

    /**
     * The stored scores of these models, without flushing pending writes first: the caller holds the scores it
     * persisted and has not flushed, and decides on them before they are inserted (one insert instead of an insert
     * and an update). Scores removed in this transaction are left out.
     */
    public List<Score> listStoredOfModels(Collection<Long> modelIds) {
        return getEntityManager().createQuery("select s from Score s where s.model.id in :ids", Score.class)
                .setParameter("ids", modelIds).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .filter(getEntityManager()::contains).toList();
    }

    /** Deletes every score of a model (before the model itself is deleted). */
    public long deleteOfModel(org.llmleaderboard.domain.LanguageModel model) {
        return getEntityManager().createQuery("delete from Score s where s.model = :m").setParameter("m", model).executeUpdate();
    }

    /** A model's scores on a benchmark, every setting and source. */
    public List<Score> listOf(org.llmleaderboard.domain.LanguageModel model, org.llmleaderboard.domain.Benchmark benchmark) {
        return getEntityManager().createQuery("select s from Score s where s.model = :m and s.benchmark = :b", Score.class)
                .setParameter("m", model).setParameter("b", benchmark).getResultList();
    }

    /** The same by slugs, with the model and benchmark fetched. */
    public List<Score> listOf(String modelSlug, String benchmarkSlug) {
        return getEntityManager().createQuery("""
                select s from Score s join fetch s.model m join fetch s.benchmark b
                where m.slug = :model and b.slug = :benchmark""", Score.class)
                .setParameter("model", modelSlug).setParameter("benchmark", benchmarkSlug).getResultList();
    }
}
