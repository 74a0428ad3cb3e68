package org.llmleaderboard.service.edit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.LabInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.security.Roles;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.read.LeaderboardService;

/**
 * The write side: every change of labs, models, benchmarks and scores goes through here, is checked,
 * logged field by field in the change log, and commits with its log entries or not at all
 * (domain errors are checked exceptions, and they roll back too). The writers hold the rules; imports use them too.
 */
@ApplicationScoped
@RolesAllowed(Roles.EDITOR)
@Transactional(rollbackOn = Exception.class)
public class EditService {

    private final LabWriter labWriter;
    private final ModelWriter modelWriter;
    private final BenchmarkWriter benchmarkWriter;
    private final ScoreWriter scoreWriter;
    private final LabRepository labs;
    private final BenchmarkRepository benchmarks;
    private final LeaderboardService leaderboard;
    private final IdentityWriter identityWriter;
    private final MergeUndo mergeUndo;

    EditService(Writers writers, LabRepository labs, BenchmarkRepository benchmarks, LeaderboardService leaderboard,
            IdentityWriter identityWriter, MergeUndo mergeUndo) {
        this.identityWriter = identityWriter;
        this.mergeUndo = mergeUndo;
        this.labWriter = writers.labs();
        this.modelWriter = writers.models();
        this.benchmarkWriter = writers.benchmarks();
        this.scoreWriter = writers.scores();
        this.labs = labs;
        this.benchmarks = benchmarks;
        this.leaderboard = leaderboard;
    }

    public LabInfo upsertLab(LabCommand in) {
        labWriter.save(in, true);
        return LabInfo.from(labs.findBySlug(in.slug()).orElseThrow());
    }

    public ModelSummary upsertModel(ModelCommand in) throws InvalidArgumentException, ConflictException {
        modelWriter.save(in);
        return leaderboard.model(in.slug()).orElseThrow();
    }

    public boolean deleteModel(String slug, String reason) {
        return modelWriter.delete(slug, reason);
    }

    /** Merges {@code from} into {@code into}; the survivor. */
    public ModelSummary mergeModels(String from, String into, String reason) throws InvalidArgumentException {
        identityWriter.merge(from, into, reason);
        return leaderboard.model(into.strip()).orElseThrow();
    }

    /** Undoes the merge of the model once called {@code model}; the model, restored. */
    public ModelSummary unmergeModels(String model, String reason) throws InvalidArgumentException, ConflictException {
        return leaderboard.model(mergeUndo.unmerge(model, reason)).orElseThrow();
    }

    /** Makes {@code model} a variant of {@code of} (or of its model); the variant. */
    public ModelSummary makeVariant(String model, String of, String reason) throws InvalidArgumentException {
        identityWriter.makeVariant(model, of, reason);
        return leaderboard.model(model.strip()).orElseThrow();
    }

    /** Splits a variant off, a model of its own again; the model. */
    public ModelSummary splitVariant(String model, String reason) throws InvalidArgumentException {
        identityWriter.splitVariant(model, reason);
        return leaderboard.model(model.strip()).orElseThrow();
    }

    public BenchmarkInfo upsertBenchmark(BenchmarkCommand in) throws InvalidArgumentException {
        benchmarkWriter.save(in, true);
        return BenchmarkInfo.from(benchmarks.findBySlug(in.slug()).orElseThrow());
    }

    public ScoreEntry recordScore(ScoreCommand in) throws InvalidArgumentException {
        return ScoreEntry.from(scoreWriter.save(in, true).score());
    }

    public boolean deleteScore(String model, String benchmark, String setting, String reason) {
        return scoreWriter.delete(model, benchmark, setting, reason);
    }
}
