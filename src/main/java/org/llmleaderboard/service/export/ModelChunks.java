package org.llmleaderboard.service.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.query.LeaderboardQuery;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads models for the exports a chunk at a time and hands each chunk on before the next is read, so that
 * an export holds one chunk of models, never the whole set. Each chunk is read in a transaction of its own:
 * its persistence context ends with it, and a slow download neither holds a transaction open nor grows one
 * context to the size of the data set. A change made during an export may show in its later chunks.
 * Relations come from the leaderboard service's batch methods: a few statements per chunk, not per model.
 */
@ApplicationScoped
public class ModelChunks {

    /** Models per chunk: the largest page the leaderboard service serves. */
    public static final int SIZE = LeaderboardQuery.MAX_PAGE_SIZE;

    private final LeaderboardService leaderboard;
    private final LanguageModelRepository models;

    ModelChunks(LeaderboardService leaderboard, LanguageModelRepository models) {
        this.leaderboard = leaderboard;
        this.models = models;
    }

    /** Receives the rows chunk by chunk; called at least once, so that the total is known even without rows. */
    @FunctionalInterface
    public interface Consumer<T> {
        void accept(int total, int offset, List<T> rows) throws IOException;
    }

    /** Reads the chunk of {@code size} rows from {@code offset}. */
    @FunctionalInterface
    interface Source<T> {
        Chunk<T> read(int offset, int size);
    }

    /** One chunk: the total as known when it was read, its rows, and whether nothing comes after it. */
    record Chunk<T>(int total, List<T> rows, boolean last) {
    }

    /**
     * Every model the query selects, in its order, {@code size} at a time, whatever the query's own page, with its
     * headline scores only ({@code scores} empty): a view export writes nothing else, and reading every score of the
     * leading models (thousands of rows each, spilled to H2's temporary files) made an export allocate 25 times its own
     * size. The ids are read first, in one statement, and the chunks by id, as {@link #bySlug} does: paging with an
     * offset read the ids before each chunk again, and the full export at 100,000 models took minutes.
     */
    public void ofQuery(LeaderboardQuery query, int size, Consumer<ModelSummary> consumer) throws IOException {
        List<Long> ids = inTransaction(() -> models.allIds(query));
        LocalDate asOf = query.scope().asOf();
        forEach((offset, n) -> inTransaction(() -> {
            List<ModelSummary> found = leaderboard.headlineModels(ids.subList(offset, Math.min(ids.size(), offset + n)), asOf);
            return new Chunk<>(ids.size(), found, offset + n >= ids.size());
        }), size, consumer);
    }

    /**
     * Every model, by slug, {@code size} at a time. The slugs are read first and sorted here, by Java's string
     * order as the data set states: a database's collation need not agree (PostgreSQL's locales ignore
     * punctuation), and paging over this fixed list neither skips nor repeats a model while others change.
     */
    public void bySlug(int size, Consumer<ModelSummary> consumer) throws IOException {
        List<String> slugs = new ArrayList<>(inTransaction(models::slugs));
        slugs.sort(null);
        forEach((offset, n) -> inTransaction(() -> {
            List<String> part = slugs.subList(offset, Math.min(slugs.size(), offset + n));
            // A model deleted since the slugs were read is left out.
            List<ModelSummary> found = leaderboard.modelsBySlugs(part).stream().filter(Objects::nonNull).toList();
            return new Chunk<>(slugs.size(), found, offset + n >= slugs.size());
        }), size, consumer);
    }

    /** Reads chunk after chunk from offset 0 and hands each to the consumer before reading the next. */
    static <T> void forEach(Source<T> source, int size, Consumer<T> consumer) throws IOException {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size " + size);
        }
        int offset = 0;
        while (true) {
            Chunk<T> chunk = source.read(offset, size);
            consumer.accept(chunk.total(), offset, chunk.rows());
            if (chunk.last()) {
                return;
            }
            // By the chunk size asked, not the rows answered: a row deleted meanwhile must not shift the next chunk.
            offset += size;
        }
    }

    private static <T> T inTransaction(Supplier<T> read) {
        return QuarkusTransaction.requiringNew().call(read::get);
    }
}
