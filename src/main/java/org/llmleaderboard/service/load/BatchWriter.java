package org.llmleaderboard.service.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.llmleaderboard.domain.FactHeadline;
import org.llmleaderboard.domain.FactKind;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LabAlias;
import org.llmleaderboard.domain.LabCrosswalk;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.importer.identity.ModelCrosswalk;
import org.llmleaderboard.service.identity.IdentityResolution;
import org.llmleaderboard.domain.ModelAlias;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.ImportedBenchmark;
import org.llmleaderboard.importer.ImportedLab;
import org.llmleaderboard.importer.ImportedModel;
import org.llmleaderboard.importer.ImportedScore;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.BulkWrites;
import org.llmleaderboard.repository.FactFigure;
import org.llmleaderboard.repository.ModelFactRepository;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ModelIdentityRepository;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.edit.BenchmarkCommand;
import org.llmleaderboard.service.edit.ConflictException;
import org.llmleaderboard.service.edit.LabCommand;
import org.llmleaderboard.service.edit.Outcome;
import org.llmleaderboard.service.edit.ModelCommand;
import org.llmleaderboard.service.edit.NewModel;
import org.llmleaderboard.service.edit.ScoreCommand;
import org.llmleaderboard.service.edit.Writers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one write path of every import, bundled or uploaded, whatever its format: the same checks (the commands' Bean
 * Validation, then the writers' rules) and the same writes, in the caller's transaction, logged once by the caller.
 * Labs first, then benchmarks, then each model with the lab it names (created when missing) and its scores. A lab
 * known by name only is created when missing and never changed; a whole lab record (the data set) replaces it.
 * An entry that breaks a rule is rejected with its line, and the rest is written: the caller decides whether any
 * rejection undoes the import. Every lab slug goes through the {@link LabCrosswalk} first: a lab that is another's
 * alias ("google") is never created, its models go to the survivor ("google-deepmind", re-slugged: {@code google/palm}
 * becomes {@code google-deepmind/palm}), and the aliases are kept.
 */
@ApplicationScoped
public class BatchWriter {

    /** What to do with a model whose slug exists. */
    public enum ExistingModels {
        /** Leave it as it is, scores too: a bundled set fills in, it never overwrites what the database has. */
        KEEP,
        /** Replace it by slug: an editor's upload. */
        REPLACE
    }

    /** The origin of the alias a merge leaves (see {@code service.edit.IdentityWriter}). */
    static final String MERGE_ORIGIN = "merge";

    /** The {@code variant_rule} of a link a file stated. */
    static final String IMPORTED = "import";

    /** Rows between two clears of the persistence context. */
    private static final int CLEAR_EVERY = 50;

    private final Writers writers;
    private final LabRepository labs;
    private final LanguageModelRepository models;
    private final BulkWrites bulk;
    private final Validator validator;
    private final AliasRepository aliases;
    private final ModelFactRepository facts;
    private final IdentityResolution identity;
    private final ModelIdentityRepository identities;
    private final BenchmarkRepository benchmarks;
    /** False: every model through the writers, one by one (the path before batch inserts; a test compares both). */
    private volatile boolean bulkInserts = true;

    BatchWriter(Writers writers, LabRepository labs, LanguageModelRepository models, BulkWrites bulk, Validator validator,
            AliasRepository aliases, ModelFactRepository facts, IdentityResolution identity, ModelIdentityRepository identities,
            BenchmarkRepository benchmarks) {
        this.benchmarks = benchmarks;
        this.identity = identity;
        this.identities = identities;
        this.aliases = aliases;
        this.facts = facts;
        this.writers = writers;
        this.labs = labs;
        this.models = models;
        this.bulk = bulk;
        this.validator = validator;
    }

    /**
     * What exists before the write, and what it created: look-ups without a query a row. {@code merged}: the slugs an
     * editor merged into another model (now its aliases), which a re-import must not bring back.
     */
    private record Known(Set<String> labs, Set<String> models, Set<String> merged, Set<String> crosswalked,
            Map<String, String> renamed, Set<String> stored) {
    }

    void useBulkInserts(boolean bulkInserts) {
        this.bulkInserts = bulkInserts;
    }

    ImportTally write(ImportBatch batch, ExistingModels existing) {
        return write(batch, existing, ImportProgress.NONE);
    }

    /** Writes the batch, telling {@code progress} how far it got (each model, and each phase). */
    ImportTally write(ImportBatch batch, ExistingModels existing, ImportProgress progress) {
        ImportTally tally = new ImportTally();
        batch.rejections().forEach(r -> tally.reject(r.line(), r.key(), r.reason()));
        bulk.flushOnlyAtCommit();
        Set<String> slugs = new java.util.HashSet<>(models.slugs());
        Set<String> merged = new java.util.HashSet<>();
        aliases.modelAliasesOf(MERGE_ORIGIN).stream().filter(a -> !slugs.contains(a.alias())).forEach(a -> merged.add(a.alias()));
        Known known = new Known(labs.slugs(), existing == ExistingModels.KEEP ? slugs : Set.of(), merged, new TreeSet<>(),
                new TreeMap<>(), new java.util.HashSet<>(slugs));
        LabCrosswalk crosswalk = LabCrosswalk.bundled();
        for (ImportedLab given : batch.labs()) {
            ImportedLab lab = crosswalked(given, crosswalk, known);
            if (lab.complete() || !known.labs().contains(lab.slug())) {
                LabCommand command = new LabCommand(lab.slug(), lab.name(), lab.website(), lab.country(), null);
                if (valid(lab.line(), "lab " + lab.slug(), command, tally)) {
                    tally.labs.add(writers.labs().save(command, false));
                    known.labs().add(lab.slug());
                }
            }
        }
        for (ImportedBenchmark b : batch.benchmarks()) {
            benchmark(b, tally);
        }
        Map<String, Double> sourcedActive = sourcedActiveParameters();
        List<ImportedModel> variants = new ArrayList<>();
        PendingModels pending = new PendingModels(bulk, labs, benchmarks);
        progress.phase(ImportProgress.Phase.MODELS);
        int done = 0;
        for (ImportedModel model : batch.models()) {
            if (++done % CLEAR_EVERY == 0) {
                bulk.flushAndClear();
            }
            try {
                ImportedModel m = ImportedEntries.withSourcedActiveParameters(crosswalked(model, crosswalk, known), sourcedActive);
                model(m, known, tally, pending);
                if (m.variantOf() != null && !known.models().contains(m.slug())) {
                    variants.add(m);
                }
            } catch (InvalidArgumentException | ConflictException e) {
                tally.reject(model.line(), model.slug(), e.getMessage());
            }
            progress.models(done, tally.rejected.size());
        }
        pending.flush();
        progress.phase(ImportProgress.Phase.LINKS);
        keepAliases(known);
        linkVariants(variants, tally);
        if (tally.rejected.isEmpty()) {
            progress.phase(ImportProgress.Phase.IDENTITY);
            // The one resolution step ends every import, not only llm-stats': an uploaded CSV row "GPT-4o 2024-11-20"
            // becomes a variant of GPT-4o here, as the same record from llm-stats would.
            tally.identity = identity.resolveVariants(ModelCrosswalk.bundled());
        }
        return tally;
    }

    /**
     * The variant links a file states (the data set keeps them, an editor's among them), once every model of the file is
     * written, so that a variant may come before its model. A link to a model that does not exist, or to a variant
     * (variants are one level deep), rejects the entry.
     */
    private void linkVariants(List<ImportedModel> variants, ImportTally tally) {
        Set<String> slugs = new java.util.HashSet<>();
        variants.forEach(m -> {
            slugs.add(m.slug());
            slugs.add(m.variantOf());
        });
        // One statement for every link of the file, not two per variant.
        Map<String, LanguageModel> bySlug = slugs.isEmpty() ? Map.of() : identities.bySlugs(slugs);
        for (ImportedModel m : variants) {
            LanguageModel variant = bySlug.get(m.slug());
            LanguageModel of = bySlug.get(m.variantOf());
            if (variant == null) {
                continue;
            }
            if (of == null || of == variant || of.variantOf != null) {
                tally.reject(m.line(), m.slug(), "variantOf '" + m.variantOf() + "' " + (of == null ? "is no model of the file or the database"
                        : of == variant ? "is the model itself" : "is a variant itself (of '" + of.variantOf.slug + "'); variants are one level deep"));
                continue;
            }
            variant.variantOf = of;
            variant.variantRule = IMPORTED;
        }
    }

    /** A lab page of an alias stands for its survivor, by the survivor's name; never a whole record of the alias. */
    private static ImportedLab crosswalked(ImportedLab lab, LabCrosswalk crosswalk, Known known) {
        LabCrosswalk.Survivor s = crosswalk.of(lab.slug());
        if (s == null) {
            return lab;
        }
        known.crosswalked().add(lab.slug());
        return new ImportedLab(lab.line(), s.slug(), s.name(), null, null, false);
    }

    /**
     * A model of an alias lab goes to the survivor, under the survivor's slug (a model's slug starts with its lab's:
     * {@code google/palm} becomes {@code google-deepmind/palm}); the old slug is kept as a model alias.
     */
    private static ImportedModel crosswalked(ImportedModel m, LabCrosswalk crosswalk, Known known) {
        LabCrosswalk.Survivor s = crosswalk.of(m.lab());
        if (s == null) {
            return m;
        }
        known.crosswalked().add(m.lab());
        String slug = m.slug();
        if (slug != null && slug.startsWith(m.lab() + "/")) {
            slug = s.slug() + slug.substring(m.lab().length());
            known.renamed().put(m.slug(), slug);
        }
        String variantOf = m.variantOf();
        if (variantOf != null && variantOf.startsWith(m.lab() + "/")) {
            variantOf = s.slug() + variantOf.substring(m.lab().length());
        }
        return new ImportedModel(m.line(), slug, m.name(), s.slug(), m.labName() == null ? null : s.name(), m.headlineTags(),
                m.released(), m.access(), m.architecture(), m.parameters(), m.activeParameters(), m.trainingTokens(), m.datasetType(),
                m.tags(), m.notes(), m.playgroundUrl(), m.paperUrl(), m.lastUpdated(), m.scores(), variantOf);
    }

    /** The sourced active parameters by model slug, the first source by priority winning (one statement). */
    private Map<String, Double> sourcedActiveParameters() {
        Map<String, Double> bySlug = new java.util.HashMap<>();
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (FactFigure f : facts.figures(FactKind.ACTIVE_PARAMETERS.slug())) {
            int r = FactHeadline.PRIORITY.indexOf(f.origin());
            r = r < 0 ? Integer.MAX_VALUE : r;
            if (!rank.containsKey(f.modelSlug()) || r < rank.get(f.modelSlug())) {
                rank.put(f.modelSlug(), r);
                bySlug.put(f.modelSlug(), f.value());
            }
        }
        return bySlug;
    }

    /** Each alias met keeps answering, as a lab alias of its survivor, and each old model slug as a model alias (once). */
    private void keepAliases(Known known) {
        if (known.crosswalked().isEmpty()) {
            return;
        }
        bulk.flushAndClear(); // the survivor may have been created in this batch: the look-ups below query the database
        known.renamed().forEach((old, slug) -> {
            if (models.slugOfAlias(old).isEmpty() && models.findBySlug(old).isEmpty()) {
                models.findBySlug(slug).ifPresent(m -> aliases.persist(ModelAlias.of(old, m, LabCrosswalk.ORIGIN)));
            }
        });
        for (String alias : known.crosswalked()) {
            if (labs.slugOfAlias(alias).isEmpty()) {
                Lab survivor = labs.findBySlug(LabCrosswalk.bundled().survivor(alias)).orElse(null);
                if (survivor != null) {
                    aliases.persist(LabAlias.of(alias, survivor, LabCrosswalk.ORIGIN));
                }
            }
        }
    }

    private void benchmark(ImportedBenchmark b, ImportTally tally) {
        String key = "benchmark " + b.slug();
        BenchmarkCommand command = new BenchmarkCommand(b.slug(), b.name(), b.description(), b.unit(), b.higherIsBetter(), null, null,
                null);
        if (valid(b.line(), key, command, tally)) {
            try {
                tally.benchmarks.add(writers.benchmarks().save(command, false));
            } catch (InvalidArgumentException e) {
                tally.reject(b.line(), key, e.getMessage());
            }
        }
    }

    /** A model with the lab it names and its scores; with {@code known.models()} of the models to keep. */
    private void model(ImportedModel m, Known known, ImportTally tally, PendingModels pending)
            throws InvalidArgumentException, ConflictException {
        String key = m.slug();
        if (known.models().contains(m.slug()) || known.merged().contains(m.slug())) {
            // A merged-away slug is the survivor's alias: the merge sticks, the survivor already holds the record's scores.
            tally.models.add(Outcome.UNCHANGED);
            return;
        }
        if (m.labName() != null && m.lab() != null && !known.labs().contains(m.lab())) {
            LabCommand lab = new LabCommand(m.lab(), m.labName().isBlank() ? m.lab() : m.labName(), null, null, null);
            if (!valid(m.line(), key, lab, tally)) {
                return;
            }
            tally.labs.add(writers.labs().save(lab, false));
            known.labs().add(m.lab());
        }
        ModelCommand command = new ModelCommand(m.slug(), m.name(), m.lab(), m.released(), m.access(), m.architecture(), m.parameters(),
                m.activeParameters(), m.trainingTokens(), m.datasetType(), m.headlineTags(), m.tags(), m.notes(), m.playgroundUrl(),
                m.paperUrl(), null, null);
        if (!valid(m.line(), key, command, tally)) {
            return;
        }
        if (known.stored().add(m.slug()) && bulkInserts) {
            // A new slug: built in memory by the writers' rules, inserted in batches (the same rows and outcomes).
            NewModel created = NewModel.of(command, m.lastUpdated(), pending::lab);
            tally.models.add(Outcome.CREATED);
            for (ScoreCommand score : ImportedEntries.scores(m)) {
                if (valid(m.line(), key + " · " + score.benchmark(), score, tally)) {
                    tally.scores.add(created.addScore(score, pending::benchmark));
                }
            }
            pending.add(created);
            return;
        }
        pending.flush(); // the writers find the model by slug: it may be one of the pending ones
        tally.models.add(writers.models().importModel(command, m.lastUpdated()));
        for (ScoreCommand score : ImportedEntries.scores(m)) {
            if (valid(m.line(), key + " · " + score.benchmark(), score, tally)) {
                tally.scores.add(writers.scores().save(score, false).outcome());
            }
        }
    }

    private <T> boolean valid(int line, String key, T command, ImportTally tally) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return true;
        }
        tally.reject(line, key, violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                .collect(Collectors.joining("; ")));
        return false;
    }
}
