package org.llmleaderboard.service.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.ImportedBenchmark;
import org.llmleaderboard.importer.ImportedLab;
import org.llmleaderboard.importer.ImportedModel;
import org.llmleaderboard.importer.ImportedScore;
import org.llmleaderboard.repository.BulkWrites;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.edit.BenchmarkCommand;
import org.llmleaderboard.service.edit.ConflictException;
import org.llmleaderboard.service.edit.LabCommand;
import org.llmleaderboard.service.edit.Outcome;
import org.llmleaderboard.service.edit.ModelCommand;
import org.llmleaderboard.service.edit.ScoreCommand;
import org.llmleaderboard.service.edit.Writers;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one write path of every import, bundled or uploaded, whatever its format: the same checks (the commands' Bean
 * Validation, then the writers' rules) and the same writes, in the caller's transaction, logged once by the caller.
 * Labs first, then benchmarks, then each model with the lab it names (created when missing) and its scores. A lab
 * known by name only is created when missing and never changed; a whole lab record (the data set) replaces it.
 * An entry that breaks a rule is rejected with its line, and the rest is written: the caller decides whether any
 * rejection undoes the import.
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

    /** Rows between two clears of the persistence context. */
    private static final int CLEAR_EVERY = 50;

    private final Writers writers;
    private final LabRepository labs;
    private final LanguageModelRepository models;
    private final BulkWrites bulk;
    private final Validator validator;
    private final AliasRepository aliases;

    BatchWriter(Writers writers, LabRepository labs, LanguageModelRepository models, BulkWrites bulk, Validator validator,
            AliasRepository aliases) {
        this.aliases = aliases;
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
    private record Known(Set<String> labs, Set<String> models, Set<String> merged) {
    }

    ImportTally write(ImportBatch batch, ExistingModels existing) {
        ImportTally tally = new ImportTally();
        batch.rejections().forEach(r -> tally.reject(r.line(), r.key(), r.reason()));
        bulk.flushOnlyAtCommit();
        Set<String> slugs = new java.util.HashSet<>(models.slugs());
        Set<String> merged = new java.util.HashSet<>();
        aliases.modelAliasesOf(MERGE_ORIGIN).stream().filter(a -> !slugs.contains(a.alias())).forEach(a -> merged.add(a.alias()));
        Known known = new Known(labs.slugs(), existing == ExistingModels.KEEP ? slugs : Set.of(), merged);
        for (ImportedLab lab : batch.labs()) {
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
        int done = 0;
        for (ImportedModel model : batch.models()) {
            if (++done % CLEAR_EVERY == 0) {
                bulk.flushAndClear();
            }
            try {
                model(model, known, tally);
            } catch (InvalidArgumentException | ConflictException e) {
                tally.reject(model.line(), model.slug(), e.getMessage());
            }
        }
        return tally;
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
    private void model(ImportedModel m, Known known, ImportTally tally) throws InvalidArgumentException, ConflictException {
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
        tally.models.add(writers.models().importModel(command, m.lastUpdated()));
        for (ImportedScore s : m.scores()) {
            ScoreCommand score = new ScoreCommand(m.slug(), s.benchmark(), s.value(), s.setting(), s.selfReported(), s.sourceUrl(),
                    s.source(), s.date(), s.headline(), null);
            if (valid(m.line(), key + " · " + s.benchmark(), score, tally)) {
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
