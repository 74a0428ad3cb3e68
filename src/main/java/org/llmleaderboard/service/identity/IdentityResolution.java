package org.llmleaderboard.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.UnresolvedRecord;
import org.llmleaderboard.importer.identity.ModelCrosswalk;
import org.llmleaderboard.importer.identity.ModelResolver;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.AliasTarget;
import org.llmleaderboard.repository.IdentityRow;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ModelIdentityRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity step every import ends with, in its transaction: links variants to their model by the crosswalk and
 * the name rules ({@link ModelResolver#variantLinks}) and replaces the review list's {@code name rule} entries with the
 * groups the rules cannot place. Deterministic, and idempotent: a second run finds nothing more to link. Models an
 * editor placed are left alone.
 */
@ApplicationScoped
public class IdentityResolution {

    /** The review list's source for groups of stored models the name rules cannot place. */
    public static final String NAME_RULE = "name rule";

    private final ModelIdentityRepository identities;
    private final LanguageModelRepository models;
    private final AliasRepository aliases;

    IdentityResolution(ModelIdentityRepository identities, LanguageModelRepository models, AliasRepository aliases) {
        this.identities = identities;
        this.models = models;
        this.aliases = aliases;
    }

    /** What the step did: the links made and the number of models put on the review list. */
    public record Outcome(List<ModelResolver.Link> links, int reviews) {
    }

    public Outcome resolveVariants(ModelCrosswalk crosswalk) {
        models.flush();
        List<ModelResolver.Stored> stored = identities.identities().stream()
                .map(r -> new ModelResolver.Stored(r.slug(), r.name(), r.labSlug(), r.variantOfSlug(), LanguageModel.EDITOR.equals(r.variantRule())))
                .toList();
        Map<String, String> aliasMap = new HashMap<>();
        for (AliasTarget a : aliases.modelAliases()) {
            aliasMap.put(a.alias(), a.slug());
        }
        ModelResolver.Plan plan = ModelResolver.variantLinks(stored, aliasMap, crosswalk);
        // Both ends of every link in one statement (an import of a large source links hundreds).
        java.util.Set<String> ends = new java.util.HashSet<>();
        plan.links().forEach(l -> {
            ends.add(l.slug());
            ends.add(l.canonical());
        });
        Map<String, LanguageModel> bySlug = ends.isEmpty() ? Map.of() : identities.bySlugs(ends);
        for (ModelResolver.Link link : plan.links()) {
            LanguageModel variant = bySlug.get(link.slug());
            variant.variantOf = bySlug.get(link.canonical());
            variant.variantRule = link.rule().length() > 100 ? link.rule().substring(0, 100) : link.rule();
        }
        identities.replaceUnresolved(NAME_RULE, plan.reviews().stream()
                .map(r -> UnresolvedRecord.of(NAME_RULE, r.slug(), r.name(), r.reason(), String.join(", ", r.candidates())))
                .toList());
        models.flush();
        return new Outcome(plan.links(), plan.reviews().size());
    }

    /** Replaces the review list's entries of a source (an import's undecided records). */
    public void recordUnresolved(String source, List<UnresolvedRecord> records) {
        identities.replaceUnresolved(source, records);
    }
}
