package org.llmleaderboard.service.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.importer.DatasetJson.BenchmarkRecord;
import org.llmleaderboard.importer.DatasetJson.LabRecord;
import org.llmleaderboard.importer.DatasetJson.ModelRecord;
import org.llmleaderboard.importer.DatasetJson.OfferingRecord;
import org.llmleaderboard.importer.DatasetJson.ScoreRecord;
import org.llmleaderboard.service.read.ModelRelationsService;
import org.llmleaderboard.service.read.OfferingEntry;
import org.llmleaderboard.service.read.LeaderboardService;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;

/**
 * The whole data set as one {@code DatasetJson} document, sorted as the format states, without derived values.
 * Streamed: the models are read by slug {@value ModelChunks#SIZE} at a time and each chunk is written (and
 * flushed) before the next is read, so memory holds one chunk, whatever the size of the data set.
 */
@ApplicationScoped
public class DatasetExportService {

    private static final Comparator<ScoreRecord> SCORE_ORDER = Comparator.comparing(ScoreRecord::benchmark)
            .thenComparing(ScoreRecord::headline, Comparator.reverseOrder())
            .thenComparing(ScoreRecord::value, Comparator.reverseOrder())
            .thenComparing(ScoreRecord::sourceUrl, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScoreRecord::setting, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScoreRecord::source, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScoreRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScoreRecord::selfReported, Comparator.nullsLast(Comparator.naturalOrder()));

    private final LeaderboardService leaderboard;
    private final ModelChunks chunks;

    private final ModelRelationsService relations;

    DatasetExportService(LeaderboardService leaderboard, ModelChunks chunks, ModelRelationsService relations) {
        this.leaderboard = leaderboard;
        this.chunks = chunks;
        this.relations = relations;
    }

    /** Writes the document to {@code out}, which it leaves open. */
    public void write(OutputStream out) throws IOException {
        write(out, ModelChunks.SIZE);
    }

    /** The same with chunks of {@code chunkSize} models: the same bytes, whatever the size. */
    void write(OutputStream out, int chunkSize) throws IOException {
        List<LabRecord> labs = leaderboard.labs().stream()
                .map(l -> new LabRecord(l.slug(), l.name(), l.website(), l.country()))
                .sorted(Comparator.comparing(LabRecord::slug))
                .toList();
        List<BenchmarkRecord> benchmarks = leaderboard.benchmarks().stream()
                .map(b -> new BenchmarkRecord(b.slug(), b.name(), b.description(), b.unit(), b.higherIsBetter()))
                .sorted(Comparator.comparing(BenchmarkRecord::slug))
                .toList();
        DatasetJsonWriter writer = DatasetJsonWriter.start(out, labs, benchmarks);
        chunks.bySlug(chunkSize, (total, offset, models) -> {
            // The chunk's offerings in one statement, as GraphQL's batch resolver reads them.
            List<List<OfferingEntry>> offerings = relations.offerings(models);
            for (int i = 0; i < models.size(); i++) {
                writer.model(record(models.get(i), offerings.get(i)));
            }
            writer.flush();
        });
        // Not in a finally block: a failed export must not end in a well-formed document that lacks models.
        writer.finish();
    }

    private static final Comparator<OfferingRecord> OFFERING_ORDER = Comparator.comparing(OfferingRecord::provider)
            .thenComparing(OfferingRecord::providerModelId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OfferingRecord::origin, Comparator.nullsLast(Comparator.naturalOrder()));

    private static ModelRecord record(ModelSummary m, List<OfferingEntry> offerings) {
        List<ScoreRecord> scores = m.scores().stream()
                .map(s -> new ScoreRecord(s.benchmarkSlug(), s.value(), s.setting(), s.selfReported(), s.sourceUrl(), s.citation(),
                        s.date(), s.headline(), s.stderr(), s.independent(), s.origin(), s.logUrl(), s.edition()))
                .sorted(SCORE_ORDER)
                .toList();
        return new ModelRecord(m.slug(), m.name(), m.lab().slug(), m.variantOf() == null ? null : m.variantOf().slug(), m.headlineTags(), m.released(), m.access(),
                ExportValues.architecture(m), m.parameters(), m.activeParameters(), m.trainingTokens(), m.datasetType(), m.tags(),
                m.notes(), m.playgroundUrl(), m.paperUrl(), m.lastUpdated(), m.contextWindow(), m.knowledgeCutoff(), m.inputPrice(),
                m.outputPrice(), scores, offerings.stream()
                        .map(o -> new OfferingRecord(o.provider(), o.providerModelId(), o.inputPrice(), o.outputPrice(), o.cacheReadPrice(),
                                o.contextWindow(), o.maxOutput(), o.checked(), o.sourceUrl(), o.origin()))
                        .sorted(OFFERING_ORDER).toList());
    }
}
