package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Provider;
import org.llmleaderboard.domain.ProviderOffering;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsNames;
import org.llmleaderboard.repository.ProviderOfferingRepository;
import org.llmleaderboard.repository.ProviderRepository;

import java.util.HashMap;
import java.util.Map;

import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.SOURCE_CITATION;
import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.SOURCE_REPOSITORY;

/**
 * Step 5, offerings: creates the providers the database lacks, then writes each current (not deprecated) offering of
 * an imported model — created, or updated in place when a later import finds it again by llm-stats' id.
 */
@ApplicationScoped
public class OfferingStep {

    /** How many offerings were written and providers created. */
    public record Offerings(int count, int providersCreated) {
    }

    private final ProviderRepository providers;
    private final ProviderOfferingRepository offerings;

    OfferingStep(ProviderRepository providers, ProviderOfferingRepository offerings) {
        this.providers = providers;
        this.offerings = offerings;
    }

    public Offerings run(LlmStats.Contents contents, Map<String, LanguageModel> modelOf) {
        Map<String, Provider> bySlug = new HashMap<>();
        providers.listAll().forEach(p -> bySlug.put(p.slug, p));
        int providersCreated = 0;
        for (LlmStats.Provider p : contents.providers()) {
            String slug = LlmStatsNames.slugify(p.id());
            if (!bySlug.containsKey(slug)) {
                Provider provider = new Provider();
                provider.slug = slug;
                provider.name = p.name();
                provider.website = p.website();
                providers.persist(provider);
                bySlug.put(slug, provider);
                providersCreated++;
            }
        }
        Map<String, ProviderOffering> earlier = new HashMap<>();
        offerings.listImported().forEach(o -> earlier.put(o.externalId, o));
        int count = 0;
        for (LlmStats.Offering o : contents.offerings()) {
            LanguageModel m = modelOf.get(o.modelId());
            Provider provider = bySlug.get(LlmStatsNames.slugify(o.providerId()));
            if (m == null || provider == null || o.deprecated()) {
                continue;
            }
            ProviderOffering offering = earlier.get(o.id());
            boolean isNew = offering == null;
            if (isNew) {
                offering = new ProviderOffering();
                offering.externalId = o.id();
            }
            copy(o, provider, m, offering);
            if (isNew) {
                offerings.persist(offering);
            }
            count++;
        }
        offerings.flush();
        return new Offerings(count, providersCreated);
    }

    /** The llm-stats offering's values onto the entity. */
    static void copy(LlmStats.Offering o, Provider provider, LanguageModel m, ProviderOffering offering) {
        offering.provider = provider;
        offering.model = m;
        offering.providerModelId = o.providerModelId();
        offering.inputPrice = o.inputPrice();
        offering.outputPrice = o.outputPrice();
        offering.contextWindow = o.contextWindow();
        offering.maxOutput = o.maxOutput();
        offering.quantization = o.quantization();
        offering.throughput = o.throughput();
        offering.latency = o.latency();
        offering.sourceUrl = SOURCE_REPOSITORY + "data/providers/" + o.providerId() + "/models.json";
        offering.sourceCitation = SOURCE_CITATION;
    }
}
