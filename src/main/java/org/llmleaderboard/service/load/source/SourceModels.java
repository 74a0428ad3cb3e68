package org.llmleaderboard.service.load.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelAlias;
import org.llmleaderboard.domain.UnresolvedRecord;
import org.llmleaderboard.importer.identity.ModelCrosswalk;
import org.llmleaderboard.importer.identity.ModelNames;
import org.llmleaderboard.importer.identity.ModelResolver;
import org.llmleaderboard.importer.identity.ModelResolver.Resolution;
import org.llmleaderboard.importer.llmstats.LlmStatsNames;
import org.llmleaderboard.importer.source.NotLanguageModels;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ModelFactRepository;
import org.llmleaderboard.service.identity.IdentityResolution;
import org.llmleaderboard.service.load.llmstats.Existing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 2, models: each record placed by the one model-identity resolution ({@link ModelResolver}: ids and aliases,
 * the crosswalk, the name rules within its lab). The same model gets the fields it lacks; a variant or a new model is
 * created; a record the rules cannot place goes to the review list, with its scores and offerings left out — never
 * guessed into a merge. Every record's ids are kept as aliases, so the next import finds its model at step 1.
 */
@ApplicationScoped
public class SourceModels {

    /** The model each record id became; counts; the variants created; conflicts (reviews, disagreements). */
    public record Models(Map<String, LanguageModel> byId, SourceReport.Counts counts, int variants, List<String> conflicts,
            List<String> notes) {
    }

    private final LanguageModelRepository models;
    private final ModelFactRepository facts;
    private final AliasRepository aliases;
    private final IdentityResolution identity;

    SourceModels(LanguageModelRepository models, ModelFactRepository facts, AliasRepository aliases, IdentityResolution identity) {
        this.models = models;
        this.facts = facts;
        this.aliases = aliases;
        this.identity = identity;
    }

    public Models run(SourceRun run, Map<String, Lab> labOf) {
        Placement place = new Placement(run.existing());
        List<String> conflicts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<UnresolvedRecord> reviews = new ArrayList<>();
        Map<String, LanguageModel> byId = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int variants = 0;
        facts.deleteByOrigin(run.origin());
        // Plain models first, so a record's variantOf finds what its base became.
        List<SourceModel> ordered = run.records().models().stream()
                .sorted(Comparator.comparing((SourceModel m) -> m.variantOf() != null).thenComparing(SourceModel::id)).toList();
        for (SourceModel src : ordered) {
            Lab lab = SourceLabs.named(src.lab()) ? labOf.get(src.lab()) : null;
            Resolution r = lab == null ? place.byNameAlone(src) : place.resolve(run.origin(), src, lab.slug);
            if (r == null) {
                notes.add(src.id() + " (" + src.name() + "): the source names no lab and no model has this name; not imported");
                continue;
            }
            LanguageModel m;
            if (lab == null && r.outcome() != ModelResolver.Outcome.SAME) {
                continue;
            }
            if (r.outcome() != ModelResolver.Outcome.SAME && NotLanguageModels.matches(src)) {
                notes.add(src.id() + " (" + src.name() + "): not a language model (embedding, reranking, speech or image); not imported");
                continue;
            }
            switch (r.outcome()) {
                case REVIEW -> {
                    reviews.add(UnresolvedRecord.of(run.origin(), src.id(), src.name(), r.rule(), String.join(", ", r.candidates())));
                    conflicts.add(src.id() + " (" + src.name() + "): " + r.rule());
                    continue;
                }
                case SAME -> {
                    m = run.existing().models.get(r.slug());
                    String before = SourceModelFields.describe(m);
                    conflicts.addAll(SourceModelFields.disagreements(m, src, run.origin()));
                    SourceModelFields.fill(m, src);
                    if (before.equals(SourceModelFields.describe(m))) {
                        unchanged++;
                    } else {
                        updated++;
                    }
                }
                default -> {
                    LanguageModel canonical = canonicalOf(r, src, byId, run.existing());
                    m = create(src, lab, canonical, r, run);
                    place.add(m);
                    created++;
                    variants += canonical == null ? 0 : 1;
                }
            }
            byId.put(src.id(), m);
            SourceModelFields.facts(m, src, run.origin(), run.source().name()).forEach(facts::persist);
            keepAliases(m, src, run, place);
        }
        models.flush();
        identity.recordUnresolved(run.origin(), reviews);
        return new Models(byId, new SourceReport.Counts(created, updated, unchanged, 0), variants, conflicts, notes);
    }

    /** The model a created record is a variant of: the resolver's, else the one its source says it is a setting of. */
    private static LanguageModel canonicalOf(Resolution r, SourceModel src, Map<String, LanguageModel> byId, Existing existing) {
        if (r.outcome() == ModelResolver.Outcome.VARIANT) {
            return existing.models.get(r.slug());
        }
        LanguageModel base = src.variantOf() == null ? null : byId.get(src.variantOf());
        return base == null ? null : base.variantOf != null ? base.variantOf : base;
    }

    private LanguageModel create(SourceModel src, Lab lab, LanguageModel canonical, Resolution r, SourceRun run) {
        String base = lab.slug + "/" + LlmStatsNames.slugify(src.name());
        String slug = base;
        for (int n = 2; run.existing().models.containsKey(slug); n++) {
            slug = base + "-" + n;
        }
        LanguageModel m = SourceModelFields.create(src, slug, run.origin());
        m.lab = lab;
        if (canonical != null) {
            m.variantOf = canonical;
            String rule = r.outcome() == ModelResolver.Outcome.VARIANT ? r.rule() : run.origin() + ": a setting of " + canonical.slug;
            m.variantRule = rule.length() > 100 ? rule.substring(0, 100) : rule;
        }
        models.persist(m);
        run.existing().models.put(m.slug, m);
        return m;
    }

    /** The record's id and its other ids, as aliases of its model where no other model has them. */
    private void keepAliases(LanguageModel m, SourceModel src, SourceRun run, Placement place) {
        List<String> ids = new ArrayList<>();
        ids.add(src.id());
        ids.addAll(src.aliases());
        for (String id : ids) {
            if (id != null && !id.isBlank() && id.length() <= 300 && !run.existing().models.containsKey(id)
                    && place.aliasTaken.add(id)) {
                aliases.persist(ModelAlias.of(id, m, run.origin()));
                place.aliases.put(id, m.slug);
            }
        }
    }

    /** The resolver's view of the stored models, kept current as the step creates models and aliases. */
    private static final class Placement {
        final List<ModelResolver.Stored> stored = new ArrayList<>();
        final Map<String, String> aliases;
        final Set<String> aliasTaken;
        final Map<String, LanguageModel> bySlug;
        /** Lab and name key → slugs, variants included ("GPT-4o 2024-08-06" is found again even as a variant). */
        final Map<String, List<String>> byLabAndName = new HashMap<>();
        /** Name key → slugs in every lab, for records without a lab. */
        final Map<String, List<String>> byName = new HashMap<>();
        final ModelCrosswalk crosswalk = ModelCrosswalk.bundled();

        Placement(Existing existing) {
            bySlug = existing.models;
            existing.models.values().forEach(this::add);
            aliases = new HashMap<>(existing.modelAliases);
            aliasTaken = new HashSet<>(existing.modelAliases.keySet());
        }

        void add(LanguageModel m) {
            stored.add(new ModelResolver.Stored(m.slug, m.name, m.lab.slug, m.variantOf == null ? null : m.variantOf.slug,
                    LanguageModel.EDITOR.equals(m.variantRule)));
            byLabAndName.computeIfAbsent(m.lab.slug + " " + ModelNames.key(m.name), k -> new ArrayList<>()).add(m.slug);
            byName.computeIfAbsent(ModelNames.key(m.name), k -> new ArrayList<>()).add(m.slug);
        }

        /**
         * A record whose source names no lab: its ids, else the one model of its very name in any lab; null when
         * neither places it (a model is never created without its lab).
         */
        Resolution byNameAlone(SourceModel src) {
            List<String> ids = new ArrayList<>(src.aliases());
            ids.add(src.id());
            for (String id : ids) {
                String slug = bySlug.containsKey(id) ? id : aliases.get(id);
                if (slug != null) {
                    return new Resolution(ModelResolver.Outcome.SAME, slug, "alias", List.of());
                }
            }
            List<String> same = byName.getOrDefault(ModelNames.key(src.name()), List.of());
            return same.size() == 1 ? new Resolution(ModelResolver.Outcome.SAME, same.get(0), "same normalised name, any lab", List.of()) : null;
        }

        /** Step 1 also over the record's other ids (a provider id, a Hugging Face id), then the resolver. */
        Resolution resolve(String origin, SourceModel src, String labSlug) {
            ModelResolver.Incoming incoming = new ModelResolver.Incoming(origin, src.id(), src.name(), labSlug);
            // Its own id, then a curated decision, before anything looser: steps 1 and 2 of the resolution.
            if (bySlug.containsKey(src.id()) || aliases.containsKey(src.id()) || crosswalk.of(origin).containsKey(src.id())) {
                return ModelResolver.resolve(incoming, stored, aliases, crosswalk);
            }
            for (String id : src.aliases()) {
                String slug = bySlug.containsKey(id) ? id : aliases.get(id);
                if (slug != null) {
                    return new Resolution(ModelResolver.Outcome.SAME, slug, "alias", List.of());
                }
            }
            List<String> same = byLabAndName.getOrDefault(labSlug + " " + ModelNames.key(src.name()), List.of());
            if (same.size() == 1) {
                return new Resolution(ModelResolver.Outcome.SAME, same.get(0), "same normalised name", List.of());
            }
            return ModelResolver.resolve(incoming, stored, aliases, crosswalk);
        }
    }
}
