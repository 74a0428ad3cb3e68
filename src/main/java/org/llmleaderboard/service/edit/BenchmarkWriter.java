package org.llmleaderboard.service.edit;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.service.InvalidArgumentException;

import java.util.Map;

/** Writes benchmarks, in the caller's transaction: an editor's upsert (logged) and the data set import's. */
@ApplicationScoped
public class BenchmarkWriter {

    private final BenchmarkRepository benchmarks;
    private final ChangeLog changeLog;

    BenchmarkWriter(BenchmarkRepository benchmarks, ChangeLog changeLog) {
        this.benchmarks = benchmarks;
        this.changeLog = changeLog;
    }

    /** Creates or updates a benchmark; {@code log}: one change-log entry per changed field. */
    public Outcome save(BenchmarkCommand in, boolean log) throws InvalidArgumentException {
        if (in.minScore() != null && in.maxScore() != null && in.minScore() > in.maxScore()) {
            throw new InvalidValueException("BenchmarkInput.maxScore", "must not be below minScore.");
        }
        Benchmark b = benchmarks.findBySlug(in.slug()).orElse(null);
        Map<String, String> before = b == null ? null : Snapshots.of(b);
        if (b == null) {
            b = new Benchmark();
            b.slug = in.slug();
        }
        b.name = in.name().strip();
        b.description = in.description().strip();
        b.unit = in.unit() == null || in.unit().isBlank() ? "%" : in.unit().strip();
        b.higherIsBetter = in.higherIsBetter() == null || in.higherIsBetter();
        b.minScore = in.minScore() != null ? in.minScore() : "%".equals(b.unit) ? Double.valueOf(0) : null;
        b.maxScore = in.maxScore() != null ? in.maxScore() : "%".equals(b.unit) ? Double.valueOf(100) : null;
        benchmarks.persist(b);
        benchmarks.flush();
        Map<String, String> after = Snapshots.of(b);
        if (log) {
            changeLog.diff(new ChangeSubject("benchmark", b.slug, null), before, after, in.reason());
        }
        return Outcome.of(before, after);
    }
}
