package org.llmleaderboard.service.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.query.LeaderboardQuery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A leaderboard view as CSV or JSON: every row the view's filters select (not one page), in its order, streamed
 * {@value ModelChunks#SIZE} models at a time. Byte-stable: same data, same bytes (fixed orders, no timestamps).
 */
@ApplicationScoped
public class ViewExportService {

    /** The columns (CSV) and fields (JSON) of a view export before the benchmark columns; {@code url} comes last. */
    static final List<String> COLUMNS = List.of("rank", "slug", "name", "lab", "lab_name", "architecture", "access", "released",
            "release_date", "release_precision", "parameters_b", "active_parameters_b", "training_tokens_b", "token_param_ratio",
            "training_category", "alscore", "alscore_band", "context_window", "knowledge_cutoff", "input_price", "output_price");

    /** RFC 4180: comma, double quotes where needed (doubled inside), CRLF line ends. */
    private static final CSVFormat CSV = CSVFormat.RFC4180;

    private final LeaderboardService leaderboard;
    private final ModelChunks chunks;

    ViewExportService(LeaderboardService leaderboard, ModelChunks chunks) {
        this.leaderboard = leaderboard;
        this.chunks = chunks;
    }

    /** How many rows an export of the query has (counted once per data version and set of filters). */
    public int rows(LeaderboardQuery query) {
        return QuarkusTransaction.requiringNew().call(() -> leaderboard.count(query));
    }

    /**
     * Writes every model the query selects, in its order (its page and page size are ignored), as
     * RFC 4180 CSV in UTF-8 with a header row; missing values are empty cells.
     */
    public void writeCsv(LeaderboardQuery query, List<String> columns, OutputStream out) throws IOException {
        List<String> benchmarks = benchmarkSlugs(columns);
        List<String> header = fields(benchmarks);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSV);
        csv.printRecord(header);
        chunks.ofQuery(query, ModelChunks.SIZE, (total, offset, models) -> {
            for (int i = 0; i < models.size(); i++) {
                List<String> cells = new ArrayList<>(header.size());
                for (Object value : row(offset + i + 1, models.get(i), benchmarks)) {
                    cells.add(cell(value));
                }
                csv.printRecord(cells);
            }
            csv.flush();
        });
        csv.flush();
    }

    /**
     * Writes {@code {"query": parameters, "total": n, "models": [...]}} with every model the query selects,
     * in its order; the models carry the CSV's columns as fields, null when missing.
     */
    public void writeJson(LeaderboardQuery query, List<String> columns, Map<String, Object> parameters, OutputStream out)
            throws IOException {
        List<String> benchmarks = benchmarkSlugs(columns);
        List<String> fields = fields(benchmarks);
        JsonGenerator json = ExportJson.generator(out);
        json.writeStartObject();
        json.writeFieldName("query");
        json.writeStartObject();
        for (Map.Entry<String, Object> p : parameters.entrySet()) {
            json.writeFieldName(p.getKey());
            writeValue(json, p.getValue());
        }
        json.writeEndObject();
        chunks.ofQuery(query, ModelChunks.SIZE, (total, offset, models) -> {
            if (offset == 0) {
                json.writeNumberField("total", total);
                json.writeArrayFieldStart("models");
            }
            for (int i = 0; i < models.size(); i++) {
                List<Object> values = row(offset + i + 1, models.get(i), benchmarks);
                json.writeStartObject();
                for (int f = 0; f < fields.size(); f++) {
                    json.writeFieldName(fields.get(f));
                    writeValue(json, values.get(f));
                }
                json.writeEndObject();
            }
            json.flush();
        });
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    /** The view's benchmark columns that exist, sorted by slug (a benchmark per column, as the CSV import reads them). */
    private List<String> benchmarkSlugs(List<String> columns) {
        return leaderboard.benchmarks().stream().map(BenchmarkInfo::slug).sorted().filter(columns::contains).toList();
    }

    /** {@link #COLUMNS}, the benchmark columns, then {@code url}. */
    private static List<String> fields(List<String> benchmarks) {
        List<String> fields = new ArrayList<>(COLUMNS);
        fields.addAll(benchmarks);
        fields.add("url");
        return fields;
    }

    /** One export row, in the order of {@link #COLUMNS}, then the headline score per benchmark, then the URL. */
    private static List<Object> row(int rank, ModelSummary m, List<String> benchmarks) {
        List<Object> values = new ArrayList<>(COLUMNS.size() + benchmarks.size() + 1);
        values.add(rank);
        values.add(m.slug());
        values.add(m.name());
        values.add(m.lab().slug());
        values.add(m.lab().name());
        values.add(ExportValues.architecture(m));
        values.add(m.access());
        values.add(m.released());
        values.add(m.releaseDate());
        values.add(m.releaseDate() == null ? null : m.releasePrecision().name().toLowerCase(java.util.Locale.ROOT));
        values.add(m.parameters());
        values.add(m.activeParameters());
        values.add(m.trainingTokens());
        values.add(m.tokenParamRatio());
        values.add(m.trainingCategory());
        values.add(m.alScore());
        values.add(m.alScoreBand());
        values.add(m.contextWindow());
        values.add(m.knowledgeCutoff());
        values.add(m.inputPrice());
        values.add(m.outputPrice());
        for (String b : benchmarks) {
            values.add(m.headlineScores().get(b));
        }
        values.add(ExportValues.modelPath(m.slug()));
        return values;
    }

    /** A CSV cell: numbers as plain decimals (no exponent, no grouping), dates ISO, null as an empty cell. */
    private static String cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            return ExportValues.plain(d);
        }
        return value.toString();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object v : list) {
                writeValue(json, v);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}
