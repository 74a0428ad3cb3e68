package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores that sit side by side on the compare page. Kept apart from {@link ScoreRepository}, whose
 * {@code familyRankings} it mirrors: the same choice of one score per model, family and setting, so that a compare
 * row holds the numbers the benchmark's rankings would show for these models.
 */
@ApplicationScoped
public class CompareRepository implements PanacheRepository<Score> {

    /**
     * For each of these models (a variant's scores count for the model it is a variant of, unless that variant is
     * compared itself), family of benchmarks and comparable setting: one score, chosen as the rankings choose it
     * (the model's own headline, else the best, its own before a variant's). Two statements whatever the number of
     * models.
     */
    public List<OwnedScore> chosenScores(Collection<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> chosen = getEntityManager().createNativeQuery("""
                select id, owner from (
                  select s.id, o.id owner, row_number() over (
                      partition by coalesce(b.parent_slug, b.slug), s.setting_key, o.id
                      order by case when s.headline and m.id = o.id then 0 else 1 end,
                        case when b.higher_is_better then -s.score_value else s.score_value end,
                        case when m.id = o.id then 0 else 1 end, m.slug, s.id) per_model
                  from score s
                  join benchmark b on b.id = s.benchmark_id
                  join language_model m on m.id = s.model_id
                  join language_model o on o.id = case when m.id in (:ids) then m.id else m.variant_of_id end
                  where m.id in (:ids) or m.variant_of_id in (:ids)) t
                where per_model = 1""")
                .setParameter("ids", modelIds)
                .getResultList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> owners = new HashMap<>();
        chosen.forEach(r -> owners.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        List<Score> scores = getEntityManager().createQuery("""
                select s from Score s join fetch s.benchmark join fetch s.model m left join fetch m.variantOf
                where s.id in :ids order by s.id""", Score.class)
                .setParameter("ids", owners.keySet())
                .getResultList();
        List<OwnedScore> out = new ArrayList<>(scores.size());
        scores.forEach(s -> out.add(new OwnedScore(owners.get(s.id), s)));
        return out;
    }
}
