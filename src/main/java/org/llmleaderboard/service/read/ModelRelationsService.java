package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.repository.ChangeLogRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ModelBrief;
import org.llmleaderboard.repository.RelativeScore;
import org.llmleaderboard.repository.ScoreRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A model's relations: aliases, facts, offerings and change log (each one statement for any number of models, for
 * the GraphQL batch resolvers and the model page alike), its ranks, its relatives and the best models beside it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModelRelationsService {

    /** A model's rank on one benchmark (ties share a rank) among {@code rankedModels}. */
    public record Rank(int rank, int rankedModels) {
    }

    /** Another model with its headline scores by benchmark slug, for comparisons. */
    public record Relative(String slug, String name, Map<String, Double> headlineScores) {
    }

    /**
     * The variants of a family model (by name), and the headline scores of the models it is compared with.
     *
     * @param others by slug
     */
    public record Relatives(List<ModelSummary.ModelRef> variants, Map<String, Relative> others) {
    }

    /** A model in a list of links. */
    /** @param released the release date as every page shows it ("Aug 2025", "20 Jan 2025"), null when unknown */
    public record Neighbour(String slug, String name, String labName, Double parameters, String released) {

        static Neighbour from(ModelBrief b) {
            return new Neighbour(b.slug(), b.name(), b.labName(), b.parameters(),
                    org.llmleaderboard.domain.ReleaseDate.display(b.releaseDate(), b.releasePrecision()));
        }
    }

    private final LanguageModelRepository models;
    private final ScoreRepository scores;
    private final ChangeLogRepository changes;
    private final BenchmarkCatalog catalog;

    ModelRelationsService(LanguageModelRepository models, ScoreRepository scores, ChangeLogRepository changes,
            BenchmarkCatalog catalog) {
        this.models = models;
        this.scores = scores;
        this.changes = changes;
        this.catalog = catalog;
    }

    /** The aliases of each model, in one query, in the order of {@code parents}. */
    public List<List<String>> aliases(List<ModelSummary> parents) {
        Map<Long, List<String>> byId = new HashMap<>();
        models.aliasesOf(ids(parents)).forEach(a -> byId.computeIfAbsent(a.modelId(), k -> new ArrayList<>()).add(a.value()));
        return inOrder(parents, ModelSummary::id, byId);
    }

    /** The sourced facts of each model, in one query, in the order of {@code parents}. */
    public List<List<FactEntry>> facts(List<ModelSummary> parents) {
        Map<Long, List<FactEntry>> byId = new HashMap<>();
        models.factsOf(ids(parents)).forEach(f -> byId.computeIfAbsent(f.model.id, k -> new ArrayList<>()).add(FactEntry.from(f)));
        return inOrder(parents, ModelSummary::id, byId);
    }

    /** The providers' offerings of each model, cheapest input first, in one query, in the order of {@code parents}. */
    public List<List<OfferingEntry>> offerings(List<ModelSummary> parents) {
        Map<Long, List<OfferingEntry>> byId = new HashMap<>();
        models.offeringsOf(ids(parents)).forEach(o -> byId.computeIfAbsent(o.model.id, k -> new ArrayList<>()).add(OfferingEntry.from(o)));
        return inOrder(parents, ModelSummary::id, byId);
    }

    /** The change log of each model, newest first, in one query; in the order of {@code parents}. */
    public List<List<ChangeEntry>> histories(List<ModelSummary> parents) {
        Map<String, List<ChangeEntry>> bySlug = new HashMap<>();
        changes.ofModels(parents.stream().map(ModelSummary::slug).distinct().toList())
                .forEach(c -> bySlug.computeIfAbsent(c.modelSlug, k -> new ArrayList<>()).add(ChangeEntry.from(c)));
        return inOrder(parents, ModelSummary::slug, bySlug);
    }

    /** Rank and field size of a model on each benchmark where it has a headline score, by benchmark slug. */
    public Map<String, Rank> ranksOf(ModelSummary model) {
        Map<Long, String> slugs = new HashMap<>();
        catalog.benchmarks().all().forEach(b -> slugs.put(b.id(), b.slug()));
        Map<String, Rank> out = new HashMap<>();
        scores.ranksOf(model.id()).forEach(r -> out.put(slugs.get(r.benchmarkId()), new Rank(r.rank(), r.rankedModels())));
        return out;
    }

    /**
     * The variants of {@code model} and the headline scores of the models it is compared with (its family, the model
     * it was fine-tuned from, its variants and {@code others}), in one statement.
     */
    public Relatives relatives(ModelSummary model, Collection<String> others) {
        List<String> slugs = new ArrayList<>(others);
        if (model.family() != null) {
            slugs.add(model.family().slug());
        }
        if (model.fineTunedFrom() != null) {
            slugs.add(model.fineTunedFrom().slug());
        }
        Map<String, ModelSummary.ModelRef> variants = new LinkedHashMap<>();
        Map<String, Relative> bySlug = new HashMap<>();
        for (RelativeScore r : models.relatives(slugs, model.id())) {
            if (model.id().equals(r.familyId())) {
                variants.putIfAbsent(r.slug(), new ModelSummary.ModelRef(r.slug(), r.name()));
            }
            Relative relative = bySlug.computeIfAbsent(r.slug(), s -> new Relative(s, r.name(), new HashMap<>()));
            if (r.benchmarkSlug() != null) {
                relative.headlineScores().put(r.benchmarkSlug(), r.score());
            }
        }
        return new Relatives(List.copyOf(variants.values()), bySlug);
    }

    /** The {@code limit} models of a lab with the best ALScore. */
    public List<Neighbour> bestOfLab(String labSlug, int limit) {
        return models.bestOfLab(labSlug, limit).stream().map(Neighbour::from).toList();
    }

    /** The {@code limit} models of an architecture with the best ALScore. */
    public List<Neighbour> bestOfArchitecture(Architecture architecture, int limit) {
        return models.bestOfArchitecture(architecture, limit).stream().map(Neighbour::from).toList();
    }

    private static List<Long> ids(List<ModelSummary> parents) {
        return parents.stream().map(ModelSummary::id).distinct().toList();
    }

    private static <K, T> List<List<T>> inOrder(List<ModelSummary> parents, Function<ModelSummary, K> key, Map<K, List<T>> byKey) {
        return parents.stream().map(m -> byKey.getOrDefault(key.apply(m), List.of())).toList();
    }
}
