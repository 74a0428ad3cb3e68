package org.llmleaderboard.repository;

import jakarta.persistence.FlushModeType;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
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
                    s.verificationHardware, s.verificationDate, s.verificationNotes, s.settingKey, b.unit, b.minScore, b.maxScore)
                from Score s join s.benchmark b join s.model m
                where m.id in :ids
                order by b.id, s.headline desc, s.scoreValue desc, s.id""", ScoreRow.class)
                .setParameter("ids", modelIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    /**
     * Models with a score per setting: per family (a variant's scores count in its parent's, a model once) and per
     * benchmark (a variant's own); and per family in all settings (setting key null); in one statement.
     */
    public List<SettingCount> settingCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select 1, coalesce(b.parent_slug, b.slug), s.setting_key, count(distinct s.model_id)
                from score s join benchmark b on b.id = s.benchmark_id
                group by coalesce(b.parent_slug, b.slug), s.setting_key
                union all
                select 0, b.slug, s.setting_key, count(distinct s.model_id)
                from score s join benchmark b on b.id = s.benchmark_id
                group by b.slug, s.setting_key
                union all
                select 1, coalesce(b.parent_slug, b.slug), cast(null as varchar(200)), count(distinct s.model_id)
                from score s join benchmark b on b.id = s.benchmark_id
                group by coalesce(b.parent_slug, b.slug)""")
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        // A native query (a union of two groupings), so its columns arrive untyped.
        return rows.stream().map(r -> new SettingCount(((Number) r[0]).intValue() == 1, (String) r[1], (String) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    /**
     * The rankings of family and setting pairs ({@code "<family slug>|<setting key>"}): over the family and its variants,
     * the scores in that setting only, one per model (its headline on a benchmark of the family, else its best), the
     * best {@code first} models (per the benchmark's direction, ties by model name), in two statements whatever the
     * number of pairs; by pair.
     */
    public Map<String, List<Score>> familyRankings(Collection<String> familySettings, int first) {
        Map<String, List<Score>> byPair = new HashMap<>();
        if (familySettings.isEmpty() || first <= 0) {
            return byPair;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                select id from (
                  select t.id, row_number() over (partition by t.family_setting order by t.ord, t.model_name, t.model_slug) rn
                  from (
                    select s.id, coalesce(b.parent_slug, b.slug) || '|' || s.setting_key family_setting,
                      case when b.higher_is_better then -s.score_value else s.score_value end ord, m.name model_name, m.slug model_slug,
                      row_number() over (
                        partition by coalesce(b.parent_slug, b.slug), s.setting_key, s.model_id
                        order by case when s.headline then 0 else 1 end,
                          case when b.higher_is_better then -s.score_value else s.score_value end, s.id) per_model
                    from score s
                    join benchmark b on b.id = s.benchmark_id
                    join language_model m on m.id = s.model_id
                    where (coalesce(b.parent_slug, b.slug) || '|' || s.setting_key) in (:pairs)) t
                  where t.per_model = 1) ranked
                where rn <= :first""")
                .setParameter("pairs", familySettings)
                .setParameter("first", first)
                .getResultList();
        if (ids.isEmpty()) {
            return byPair;
        }
        List<Score> scores = getEntityManager().createQuery("""
                select s from Score s join fetch s.benchmark b join fetch s.model m join fetch m.lab
                where s.id in :ids""", Score.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultList();
        for (Score s : scores) {
            byPair.computeIfAbsent(s.benchmark.familySlug() + "|" + s.settingKey, k -> new ArrayList<>()).add(s);
        }
        byPair.values().forEach(list -> list.sort(ScoreRepository::better));
        return byPair;
    }

    /** Best first per the benchmark's direction, then by model name and slug. */
    private static int better(Score a, Score b) {
        int c = a.benchmark.higherIsBetter ? Double.compare(b.scoreValue, a.scoreValue) : Double.compare(a.scoreValue, b.scoreValue);
        if (c == 0) {
            c = a.model.name.compareTo(b.model.name);
        }
        return c != 0 ? c : a.model.slug.compareTo(b.model.slug);
    }

    /** How many stored scores lie outside their benchmark's range (none should: writes check it). */
    public long countOutOfRange() {
        return getEntityManager().createQuery("""
                select count(s) from Score s join s.benchmark b
                where (b.minScore is not null and s.scoreValue < b.minScore) or (b.maxScore is not null and s.scoreValue > b.maxScore)""",
                Long.class).getSingleResult();
    }

    /**
     * For each headline score of a model: its rank on the benchmark (1 + the number of better headline
     * scores, so ties share a rank) and the number of ranked models, in one query.
     */
    public List<RankRow> ranksOf(long modelId) {
        List<RankRow> ranks = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select s.benchmark_id,
                  (select count(*) from score o where o.benchmark_id = s.benchmark_id and o.headline = true
                     and (case when b.higher_is_better then o.score_value > s.score_value else o.score_value < s.score_value end)) + 1,
                  (select count(*) from score o where o.benchmark_id = s.benchmark_id and o.headline = true)
                from score s join benchmark b on b.id = s.benchmark_id
                where s.model_id = :model and s.headline = true""")
                .setParameter("model", modelId)
                .getResultList();
        for (Object[] r : rows) {
            // A native query (a correlated count per row), so its columns arrive untyped.
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
    public List<Score> listByOrigin(String origin) {
        return getEntityManager().createQuery("select s from Score s where s.origin = :o", Score.class).setParameter("o", origin)
                .getResultList();
    }

    /** Every score of these models, in one statement. */
    public List<Score> listOfModels(Collection<Long> modelIds) {
        return getEntityManager().createQuery("select s from Score s where s.model.id in :ids", Score.class)
                .setParameter("ids", modelIds).getResultList();
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
