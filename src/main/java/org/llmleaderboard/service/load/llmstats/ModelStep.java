package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.FactKind;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelAlias;
import org.llmleaderboard.domain.ModelFact;
import org.llmleaderboard.domain.UnresolvedRecord;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsNames;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.ModelDecision;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ModelFactRepository;
import org.llmleaderboard.service.identity.IdentityResolution;
import org.llmleaderboard.service.load.llmstats.MergeReport.Entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.ORIGIN;

/**
 * Step 3, models: matched models get the fields they lack, new ones are created (variants linked to their family),
 * both get llm-stats' figures as sourced facts and its ids as aliases; then fine-tuned models are linked to their base.
 * Undecided and skipped models are only reported.
 */
@ApplicationScoped
public class ModelStep {

    /** The model each llm-stats model id became, the report's entries by action, and notes. */
    public record Models(Map<String, LanguageModel> byId, List<Entry> matched, List<Entry> created, List<Entry> undecided,
            List<Entry> skipped, List<String> notes) {
    }

    private final LanguageModelRepository models;
    private final ModelFactRepository facts;
    private final AliasRepository aliases;
    private final IdentityResolution identity;

    ModelStep(LanguageModelRepository models, ModelFactRepository facts, AliasRepository aliases, IdentityResolution identity) {
        this.models = models;
        this.facts = facts;
        this.aliases = aliases;
        this.identity = identity;
    }

    /** {@code decisions} are the plan's, one per model of {@code contents}, in the same order. */
    public Models run(LlmStats.Contents contents, List<ModelDecision> decisions, Existing existing, Map<String, Lab> labOfOrg) {
        Map<String, LlmStats.Licence> licences = new HashMap<>();
        contents.licences().forEach(l -> licences.put(l.id(), l));
        Models out = new Models(new HashMap<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        Set<String> aliasTaken = new HashSet<>(existing.modelAliases.keySet());
        // The matched models' llm-stats facts are replaced: deleted in one statement here, the new ones inserted after the
        // loop. A delete per model made Hibernate flush and dirty-check the whole session each time (most of a first
        // start's llm-stats merge). A model that two records match keeps the last one's, as before.
        facts.deleteOf(decisions.stream().filter(d -> d.action() == Action.MATCH).map(d -> existing.models.get(d.slug()))
                .filter(Objects::nonNull).distinct().toList(), ORIGIN);
        Map<LanguageModel, List<ModelFact>> newFacts = new LinkedHashMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            ModelDecision d = decisions.get(i);
            LlmStats.Model src = contents.models().get(i);
            Entry entry = new Entry(d.id(), d.name(), d.slug(), d.familySlug(), d.rule(), d.candidates());
            LanguageModel m;
            switch (d.action()) {
                case UNDECIDED -> {
                    out.undecided().add(entry);
                    continue;
                }
                case SKIP -> {
                    out.skipped().add(entry);
                    continue;
                }
                case MATCH -> {
                    m = existing.models.get(d.slug());
                    out.matched().add(entry);
                }
                default -> {
                    m = create(d, src, existing, labOfOrg);
                    out.created().add(entry);
                }
            }
            ModelFields.fill(m, src, licences.get(src.licenceId()));
            newFacts.put(m, facts(m, src, d.action() == Action.CREATE));
            out.byId().put(src.id(), m);
            keepAliases(m, src, existing, aliasTaken);
            if (d.action() == Action.MATCH) {
                keepOwnSlug(m, src, existing, labOfOrg, aliasTaken);
            }
        }
        newFacts.values().forEach(f -> f.forEach(facts::persist));
        linkFineTuned(contents, out);
        models.flush();
        // The review list: what neither ids, the crosswalk nor the name rules could place (replaced on every import).
        identity.recordUnresolved(ORIGIN, out.undecided().stream()
                .map(e -> UnresolvedRecord.of(ORIGIN, LlmStatsMatcher.modelAlias(orgOf(contents, e.id()), e.id()), e.name(), e.rule(),
                        e.candidates() == null ? null : String.join(", ", e.candidates())))
                .toList());
        return out;
    }

    private LanguageModel create(ModelDecision d, LlmStats.Model src, Existing existing, Map<String, Lab> labOfOrg) {
        LanguageModel m = ModelFields.create(src, d.slug());
        // The plan's name: a snapshot placed by the crosswalk carries its date ("GPT-4o 2024-08-06").
        m.name = d.name();
        m.lab = labOfOrg.get(src.organizationId());
        m.family = d.familySlug() == null ? null : existing.models.get(d.familySlug());
        models.persist(m);
        existing.models.put(m.slug, m);
        return m;
    }

    /** The model's new llm-stats facts; a created model also takes the figures as its own. */
    private static List<ModelFact> facts(LanguageModel m, LlmStats.Model src, boolean created) {
        if (created) {
            ModelFields.takeFigures(m, src);
        }
        List<ModelFact> out = new ArrayList<>(3);
        if (src.parameters() != null) {
            out.add(ModelFields.fact(m, FactKind.PARAMETERS, src.parameters(), src.file()));
        }
        if (src.trainingTokens() != null) {
            out.add(ModelFields.fact(m, FactKind.TRAINING_TOKENS, src.trainingTokens(), src.file()));
        }
        ModelFact active = ModelFields.activeParameters(m, src);
        if (active != null) {
            out.add(active);
        }
        return out;
    }

    /** llm-stats' own path (also when it is the slug: a later import finds the model by it), and its bare id. */
    private void keepAliases(LanguageModel m, LlmStats.Model src, Existing existing, Set<String> aliasTaken) {
        String path = LlmStatsMatcher.modelAlias(src.organizationId(), src.id());
        if (aliasTaken.add(path)) {
            aliases.persist(ModelAlias.of(path, m, ORIGIN));
        }
        if (!existing.models.containsKey(src.id()) && aliasTaken.add(src.id())) {
            aliases.persist(ModelAlias.of(src.id(), m, ORIGIN));
        }
    }

    /**
     * The slug the record would have had as a model of its own ({@code meta-ai/llama-33-70b-instruct}), kept as an
     * alias of the model it was matched to: earlier releases created it separately, so old links answer 301.
     */
    /** The origin of an alias that is a slug an earlier release gave the record (not one of llm-stats' own ids). */
    static final String OLD_SLUG = "llm-stats slug";

    private void keepOwnSlug(LanguageModel m, LlmStats.Model src, Existing existing, Map<String, Lab> labOfOrg, Set<String> aliasTaken) {
        Lab lab = labOfOrg.get(src.organizationId());
        String own = lab == null ? null : lab.slug + "/" + LlmStatsNames.slugify(src.id());
        if (own != null && !own.equals(m.slug) && !existing.models.containsKey(own) && aliasTaken.add(own)) {
            aliases.persist(ModelAlias.of(own, m, OLD_SLUG));
        }
    }

    private static String orgOf(LlmStats.Contents contents, String modelId) {
        return contents.models().stream().filter(m -> m.id().equals(modelId)).map(LlmStats.Model::organizationId).findFirst().orElse("");
    }

    private static void linkFineTuned(LlmStats.Contents contents, Models out) {
        for (LlmStats.Model src : contents.models()) {
            LanguageModel m = out.byId().get(src.id());
            if (m != null && m.fineTunedFrom == null && src.fineTunedFromId() != null) {
                LanguageModel base = out.byId().get(src.fineTunedFromId());
                if (base != null && base != m) {
                    m.fineTunedFrom = base;
                } else {
                    out.notes().add(src.id() + ": fine-tuned from " + src.fineTunedFromId() + ", which the set does not hold");
                }
            }
        }
    }
}
