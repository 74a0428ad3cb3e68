package org.llmleaderboard.service.load.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Provider;
import org.llmleaderboard.domain.ProviderOffering;
import org.llmleaderboard.importer.llmstats.LlmStatsNames;
import org.llmleaderboard.importer.source.SourceOffering;
import org.llmleaderboard.repository.ProviderOfferingRepository;
import org.llmleaderboard.repository.ProviderRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Step 5, offerings: the providers the database lacks, then each offering of a placed model — created, updated in
 * place when the next import finds it by provider and provider model id, or removed when the source dropped it. Then
 * every touched model's cheapest prices ({@link Cheapest}) and, where it has none, its context window.
 */
@ApplicationScoped
public class SourceOfferings {

    private final ProviderRepository providers;
    private final ProviderOfferingRepository offerings;

    SourceOfferings(ProviderRepository providers, ProviderOfferingRepository offerings) {
        this.providers = providers;
        this.offerings = offerings;
    }

    public SourceReport.Counts run(SourceRun run, Map<String, LanguageModel> modelOf) {
        Map<String, Provider> bySlug = new HashMap<>();
        providers.listAll().forEach(p -> bySlug.put(p.slug, p));
        Map<String, ProviderOffering> earlier = new HashMap<>();
        offerings.listByOrigin(run.origin()).forEach(o -> earlier.put(o.externalId, o));
        Set<Long> touched = new HashSet<>();
        earlier.values().forEach(o -> touched.add(o.model.id));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (SourceOffering o : run.records().offerings()) {
            LanguageModel m = modelOf.get(o.modelId());
            if (m == null) {
                continue;
            }
            String key = key(o);
            if (!seen.add(key)) {
                continue;
            }
            ProviderOffering offering = earlier.remove(key);
            boolean isNew = offering == null;
            if (isNew) {
                offering = new ProviderOffering();
                offering.origin = run.origin();
                offering.externalId = key;
            }
            String before = isNew ? null : describe(offering);
            copy(o, provider(o, bySlug), m, offering);
            offering.sourceCitation = run.source().name();
            if (isNew) {
                offerings.persist(offering);
                created++;
            } else if (before.equals(describe(offering))) {
                unchanged++;
            } else {
                updated++;
            }
            touched.add(m.id);
        }
        earlier.values().forEach(offerings::delete);
        offerings.flush();
        Cheapest.apply(offerings.listOfModels(touched));
        return new SourceReport.Counts(created, updated, unchanged, earlier.size());
    }

    private Provider provider(SourceOffering o, Map<String, Provider> bySlug) {
        String slug = LlmStatsNames.slugify(o.provider());
        return bySlug.computeIfAbsent(slug, s -> {
            Provider p = new Provider();
            p.slug = s;
            p.name = o.providerName() == null ? o.provider() : o.providerName();
            providers.persist(p);
            return p;
        });
    }

    /** Provider and the model's id there: what a later snapshot keeps for the same offering. */
    static String key(SourceOffering o) {
        String key = LlmStatsNames.slugify(o.provider()) + "/" + Objects.toString(o.providerModelId(), o.modelId());
        return key.length() <= 100 ? key : key.substring(0, 60) + "~" + Integer.toHexString(key.hashCode());
    }

    static void copy(SourceOffering o, Provider provider, LanguageModel m, ProviderOffering offering) {
        offering.provider = provider;
        offering.model = m;
        offering.providerModelId = o.providerModelId() == null || o.providerModelId().length() <= 300 ? o.providerModelId()
                : o.providerModelId().substring(0, 300);
        offering.inputPrice = o.inputPrice();
        offering.outputPrice = o.outputPrice();
        offering.cacheReadPrice = o.cacheReadPrice();
        offering.contextWindow = o.contextWindow();
        offering.maxOutput = o.maxOutput();
        offering.checkedOn = o.checked();
        offering.sourceUrl = o.sourceUrl() == null || o.sourceUrl().length() <= 2000 ? o.sourceUrl() : null;
    }

    static String describe(ProviderOffering o) {
        return o.provider.slug + "|" + o.model.id + "|" + o.providerModelId + "|" + o.inputPrice + "|" + o.outputPrice + "|"
                + o.cacheReadPrice + "|" + o.contextWindow + "|" + o.maxOutput + "|" + o.checkedOn + "|" + o.sourceUrl;
    }

    /** The models' cheapest prices, kept on the model for sorting and filtering, and a context window where it has none. */
    static final class Cheapest {

        private Cheapest() {
        }

        static void apply(List<ProviderOffering> all) {
            Map<LanguageModel, List<ProviderOffering>> byModel = new HashMap<>();
            all.forEach(o -> byModel.computeIfAbsent(o.model, k -> new ArrayList<>()).add(o));
            byModel.forEach((m, list) -> {
                java.util.Comparator<ProviderOffering> cheaper = java.util.Comparator.comparingDouble((ProviderOffering o) -> blended(o))
                        .thenComparing(o -> o.provider.slug);
                ProviderOffering best = list.stream().filter(Cheapest::paid).min(cheaper)
                        .orElseGet(() -> list.stream().filter(o -> o.inputPrice != null && o.outputPrice != null).min(cheaper).orElse(null));
                m.inputPrice = best == null ? null : best.inputPrice;
                m.outputPrice = best == null ? null : best.outputPrice;
                if (m.contextWindow == null) {
                    m.contextWindow = mostCommon(list);
                }
                // A dated snapshot or setting serves its model's context when no offering of its own says otherwise.
                if (m.contextWindow == null && m.variantOf != null) {
                    m.contextWindow = m.variantOf.contextWindow;
                }
            });
        }

        /**
         * Priced, and not a free tier: a gateway's {@code :free} route at $0 would make every open model "free" while a
         * paid offering is what one builds on; a model offered only for free is priced at $0.
         */
        static boolean paid(ProviderOffering o) {
            return o.inputPrice != null && o.outputPrice != null && (o.inputPrice > 0 || o.outputPrice > 0);
        }

        /** The 3:1 blend of input and output price that price comparisons commonly use. */
        static double blended(ProviderOffering o) {
            return (3 * o.inputPrice + o.outputPrice) / 4;
        }

        private static Integer mostCommon(List<ProviderOffering> list) {
            Map<Integer, Integer> counts = new HashMap<>();
            list.stream().map(o -> o.contextWindow).filter(Objects::nonNull).forEach(c -> counts.merge(c, 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }
}
