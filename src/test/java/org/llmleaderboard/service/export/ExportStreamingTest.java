package org.llmleaderboard.service.export;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.PageRequest;
import org.llmleaderboard.query.SortOrder;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.SortDirection;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exports stream: they read the models a chunk at a time and write each chunk to the response before reading
 * the next, so that at no moment more than one chunk of models has been read ahead of the output. Measured with
 * Hibernate's statistics (test profile) at every write to the output: the model rows read so far.
 */
@QuarkusTest
class ExportStreamingTest {

    private static final int MODELS = org.llmleaderboard.TestData.MODELS;
    /** A view's rows: models only, their variants left out. */
    private static final int ROWS = org.llmleaderboard.TestData.ROWS;

    @Inject
    DatasetExportService datasets;

    @Inject
    ViewExportService views;

    @Inject
    SessionFactory sessionFactory;

    private Statistics statistics;

    /** Counts from zero what the next export reads. */
    private void countFromNowOn() {
        statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @Test
    void shouldWriteEachChunkOfTheDataSetBeforeReadingTheNext() throws Exception {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        datasets.write(whole);

        countFromNowOn();
        SamplingStream streamed = new SamplingStream();
        datasets.write(streamed, 100);

        assertArrayEquals(whole.toByteArray(), streamed.toByteArray(), "the chunk size changes no byte");
        // Labs and benchmarks before any model; then 100 models read, written, the next 100 read, written, ...
        assertEquals(List.of(0L, 100L, 200L, 300L, 400L, 500L, 600L, 700L, (long) MODELS), streamed.modelRowsAtWrites());
        assertNoModelOrScoreBecameAnEntity();
    }

    @Test
    void shouldWriteEachChunkOfAViewBeforeReadingTheNext() throws Exception {
        LeaderboardQuery everyModel = LeaderboardQuery.all(SortOrder.of(ModelSortField.NAME, null, SortDirection.ASC), new PageRequest(1, 0));
        countFromNowOn();
        SamplingStream csv = new SamplingStream();
        views.writeCsv(everyModel, List.of(), csv);
        assertEquals(List.of((long) ModelChunks.SIZE, (long) ROWS), csv.modelRowsAtWrites());

        countFromNowOn();
        SamplingStream json = new SamplingStream();
        views.writeJson(everyModel, List.of(), java.util.Map.of(), json);
        assertEquals(List.of((long) ModelChunks.SIZE, (long) ROWS), json.modelRowsAtWrites());
        assertNoModelOrScoreBecameAnEntity();
    }

    /** Models and scores are read as projections: the persistence context never holds one, whatever the export's size. */
    private void assertNoModelOrScoreBecameAnEntity() {
        assertEquals(0, statistics.getEntityStatistics(LanguageModel.class.getName()).getLoadCount(), "models loaded as entities");
        assertEquals(0, statistics.getEntityStatistics(Score.class.getName()).getLoadCount(), "scores loaded as entities");
    }

    /** Rows read so far by the query that builds the model rows (a {@code select new ...ModelRow(...)} projection). */
    private long modelRowsRead() {
        long rows = 0;
        for (String query : statistics.getQueries()) {
            if (query.contains("ModelRow(")) {
                rows += statistics.getQueryStatistics(query).getExecutionRowCount();
            }
        }
        return rows;
    }

    /** An output that notes, at each write, how many model rows had been read: each distinct value once, in order. */
    private final class SamplingStream extends ByteArrayOutputStream {
        private final List<Long> samples = new ArrayList<>();

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            sample();
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            sample();
            super.write(b);
        }

        private void sample() {
            long rows = modelRowsRead();
            if (samples.isEmpty() || samples.get(samples.size() - 1) != rows) {
                samples.add(rows);
            }
        }

        List<Long> modelRowsAtWrites() {
            return samples;
        }
    }
}
