package org.llmleaderboard.service;

import org.llmleaderboard.service.read.LeaderboardService;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ModelPage;
import org.llmleaderboard.importer.DatasetJson;
import org.llmleaderboard.importer.DatasetJson.BenchmarkRecord;
import org.llmleaderboard.importer.DatasetJson.Dataset;
import org.llmleaderboard.importer.DatasetJson.LabRecord;
import org.llmleaderboard.importer.DatasetJson.ModelRecord;
import org.llmleaderboard.importer.DatasetJson.ScoreRecord;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.SortDirection;
import org.llmleaderboard.query.PageRequest;
import org.llmleaderboard.query.SortOrder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public exports: a leaderboard view as CSV or JSON (every matching row), the whole data set as
 * {@link DatasetJson} and one model as a page of the markdown set. All of them are byte-stable (same
 * data, same bytes: fixed orders, no timestamps) and read the models through the leaderboard service's
 * batch methods, {@value #CHUNK} at a time, never one query per model.
 *
 * <p>No transaction spans a whole export: each chunk is read in the leaderboard service's own
 * transaction, so that a slow download neither holds a transaction open nor grows one persistence
 * context to the size of the data set. A change made during an export may show in its later chunks.
 */
@ApplicationScoped
public class ExportService {

    /** Models read per statement batch: the largest page the leaderboard service serves. */
    public static final int CHUNK = LeaderboardQuery.MAX_PAGE_SIZE;

    /** The columns (CSV) and fields (JSON) of a view export before the benchmark columns; {@code url} comes last. */
    static final List<String> COLUMNS = List.of("rank", "slug", "name", "lab", "lab_name", "architecture", "access", "released",
            "release_date", "parameters_b", "active_parameters_b", "training_tokens_b", "token_param_ratio",
            "training_category", "alscore", "alscore_band");

    /** The four benchmark rows of a markdown page: slug, the set's name, its description (HLE's corrected). */
    private static final List<String[]> MARKDOWN_BENCHMARKS = List.of(
            new String[] { "mmlu", "MMLU", "General knowledge across 57 subjects" },
            new String[] { "mmlu-pro", "MMLU-Pro", "Advanced MMLU variant" },
            new String[] { "gpqa", "GPQA", "Graduate-level reasoning" },
            new String[] { "hle", "HLE", "Humanity's Last Exam" });

    /** RFC 4180: comma, double quotes where needed (doubled inside), CRLF line ends. */
    private static final CSVFormat CSV = CSVFormat.RFC4180;

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private static final Comparator<ScoreRecord> SCORE_ORDER = Comparator.comparing(ScoreRecord::benchmark)
            .thenComparing(ScoreRecord::headline, Comparator.reverseOrder())
            .thenComparing(ScoreRecord::value, Comparator.reverseOrder())
            .thenComparing(ScoreRecord::sourceUrl, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScoreRecord::setting, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScoreRecord::source, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScoreRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScoreRecord::selfReported, Comparator.nullsLast(Comparator.naturalOrder()));

    private final LeaderboardService leaderboard;

    ExportService(LeaderboardService leaderboard) {
        this.leaderboard = leaderboard;
    }

    /** Receives a view's rows chunk by chunk; called at least once, so that the total is known even without rows. */
    @FunctionalInterface
    private interface ChunkConsumer {
        void accept(int total, int offset, List<ModelSummary> models) throws IOException;
    }

    /**
     * Writes every model the query selects, in its order (its page and page size are ignored), as
     * RFC 4180 CSV in UTF-8 with a header row; missing values are empty cells.
     */
    public void writeCsv(LeaderboardQuery query, List<String> columns, OutputStream out) throws IOException {
        List<String> benchmarks = benchmarkSlugs(columns);
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(benchmarks);
        header.add("url");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSV);
        csv.printRecord(header);
        forEachChunk(query, (total, offset, models) -> {
            for (int i = 0; i < models.size(); i++) {
                List<String> cells = new ArrayList<>(header.size());
                for (Object value : row(offset + i + 1, models.get(i), benchmarks)) {
                    cells.add(cell(value));
                }
                csv.printRecord(cells);
            }
        });
        csv.flush();
    }

    /**
     * Writes {@code {"query": parameters, "total": n, "models": [...]}} with every model the query selects,
     * in its order; the models carry the CSV's columns as fields, null when missing.
     */
    public void writeJson(LeaderboardQuery query, List<String> columns, Map<String, Object> parameters, OutputStream out) throws IOException {
        List<String> benchmarks = benchmarkSlugs(columns);
        List<String> fields = new ArrayList<>(COLUMNS);
        fields.addAll(benchmarks);
        fields.add("url");
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(DatasetJson.prettyPrinter());
        json.writeStartObject();
        json.writeFieldName("query");
        json.writeStartObject();
        for (Map.Entry<String, Object> p : parameters.entrySet()) {
            json.writeFieldName(p.getKey());
            writeValue(json, p.getValue());
        }
        json.writeEndObject();
        forEachChunk(query, (total, offset, models) -> {
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
        });
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    /** The whole data set, sorted as {@link DatasetJson} states, without derived values. */
    public Dataset dataset() {
        List<LabRecord> labs = leaderboard.labs().stream()
                .map(l -> new LabRecord(l.slug(), l.name(), l.website(), l.country()))
                .sorted(Comparator.comparing(LabRecord::slug))
                .toList();
        List<BenchmarkRecord> benchmarks = leaderboard.benchmarks().stream()
                .map(b -> new BenchmarkRecord(b.slug(), b.name(), b.description(), b.unit(), b.higherIsBetter()))
                .sorted(Comparator.comparing(BenchmarkRecord::slug))
                .toList();
        List<ModelRecord> models = new ArrayList<>();
        try {
            forEachChunk(all(), (total, offset, chunk) -> chunk.forEach(m -> models.add(record(m))));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot happen: nothing is written", e);
        }
        models.sort(Comparator.comparing(ModelRecord::slug));
        return new Dataset(labs, benchmarks, models);
    }

    /** One model as a page of the markdown set ({@code models/<lab>/<model>.md}), or empty for an unknown slug. */
    public Optional<String> markdown(String slug) {
        return leaderboard.model(slug).map(ExportService::markdown);
    }

    /** Reads the query's models {@value #CHUNK} at a time from offset 0, whatever the query's own page. */
    private void forEachChunk(LeaderboardQuery query, ChunkConsumer consumer) throws IOException {
        int offset = 0;
        while (true) {
            ModelPage page = leaderboard.page(chunk(query, offset));
            consumer.accept(page.totalCount(), offset, page.items());
            // By the page size asked, not the models answered: a model deleted meanwhile must not shift the next chunk.
            offset += CHUNK;
            if (page.items().isEmpty() || offset >= page.totalCount()) {
                return;
            }
        }
    }

    private static LeaderboardQuery chunk(LeaderboardQuery q, int offset) {
        return q.withPage(new PageRequest(CHUNK, offset));
    }

    /** Every model, by name then slug: a total order, so that paging neither skips nor repeats a model. */
    private static LeaderboardQuery all() {
        return LeaderboardQuery.all(SortOrder.of(ModelSortField.NAME, null, SortDirection.ASC), new PageRequest(CHUNK, 0));
    }

    private List<String> benchmarkSlugs() {
        return leaderboard.benchmarks().stream().map(BenchmarkInfo::slug).sorted().toList();
    }

    /** The view's benchmark columns that exist, sorted by slug (a benchmark per column, as the CSV import reads them). */
    private List<String> benchmarkSlugs(List<String> columns) {
        return benchmarkSlugs().stream().filter(columns::contains).toList();
    }

    /** One export row, in the order of {@link #COLUMNS}, then the headline score per benchmark, then the URL. */
    private static List<Object> row(int rank, ModelSummary m, List<String> benchmarks) {
        List<Object> values = new ArrayList<>(COLUMNS.size() + benchmarks.size() + 1);
        values.add(rank);
        values.add(m.slug());
        values.add(m.name());
        values.add(m.lab().slug());
        values.add(m.lab().name());
        values.add(architecture(m));
        values.add(m.access());
        values.add(m.released());
        values.add(m.releaseDate());
        values.add(m.parameters());
        values.add(m.activeParameters());
        values.add(m.trainingTokens());
        values.add(m.tokenParamRatio());
        values.add(m.trainingCategory());
        values.add(m.alScore());
        values.add(m.alScoreBand());
        for (String b : benchmarks) {
            values.add(m.headlineScores().get(b));
        }
        values.add(modelPath(m.slug()));
        return values;
    }

    /** A CSV cell: numbers as plain decimals (no exponent, no grouping), dates ISO, null as an empty cell. */
    private static String cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            return plain(d);
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

    private static String plain(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    /** Null for a model without a known architecture, as in the data set. */
    private static String architecture(ModelSummary m) {
        return Architecture.parse(m.architecture()).filter(a -> a != Architecture.UNKNOWN).map(Architecture::label).orElse(null);
    }

    /** {@code /models/allen-ai/t%C3%BClu-3}: the model page's absolute path, each segment encoded. */
    private static String modelPath(String slug) {
        int slash = slug.indexOf('/');
        return "/models/" + segment(slug.substring(0, slash)) + "/" + segment(slug.substring(slash + 1));
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static ModelRecord record(ModelSummary m) {
        List<ScoreRecord> scores = m.scores().stream()
                .map(s -> new ScoreRecord(s.benchmarkSlug(), s.value(), s.setting(), s.selfReported(), s.sourceUrl(), s.source(),
                        s.date(), s.headline()))
                .sorted(SCORE_ORDER)
                .toList();
        return new ModelRecord(m.slug(), m.name(), m.lab().slug(), m.headlineTags(), m.released(), m.access(), architecture(m),
                m.parameters(), m.activeParameters(), m.trainingTokens(), m.datasetType(), m.tags(), m.notes(),
                m.playgroundUrl(), m.paperUrl(), m.lastUpdated(), scores);
    }

    /**
     * The page in the markdown set's layout, which {@code MarkdownLeaderboardReader} reads back: the same
     * headings, emoji and field lines; ALScore and ratio recomputed; HLE described as what it is.
     */
    static String markdown(ModelSummary m) {
        String lab = m.lab().slug();
        String labName = m.lab().name();
        String architecture = architecture(m);
        StringBuilder md = new StringBuilder(4096);
        md.append("# ").append(m.name()).append("\n\n");
        md.append("> ").append(m.headlineTags().isEmpty() ? "Large Language Model" : String.join(", ", m.headlineTags()))
                .append("\n\n");
        md.append("**Organization:** [").append(labName).append("](../../labs/").append(lab).append(".md)\n");
        md.append("**Released:** ").append(orDash(m.released())).append('\n');
        md.append("**Access:** ").append(accessSymbol(m.access())).append(' ').append(m.access()).append("\n\n");
        md.append("---\n\n");
        md.append("## 📊 Overview\n\n");
        md.append(m.name()).append(" is a large language model developed by ").append(labName).append(".\n\n");
        md.append("## 🔧 Technical Specifications\n\n");
        md.append("### Model Architecture\n");
        md.append("- **Type:** ").append(orDash(architecture)).append('\n');
        md.append("- **Parameters:** ").append(billions(m.parameters())).append('\n');
        if (m.activeParameters() != null) {
            md.append("- **Active Parameters:** ").append(billions(m.activeParameters())).append('\n');
        }
        md.append("- **Training Tokens:** ").append(billions(m.trainingTokens())).append('\n');
        md.append("- **Token:Param Ratio:** ");
        if (m.tokenParamRatio() == null) {
            md.append("- -\n\n");
        } else {
            md.append(plain(m.tokenParamRatio())).append(":1 ")
                    .append("Compute-optimal".equals(m.trainingCategory()) ? "✅ " : "⚠️ ").append(m.trainingCategory()).append("\n\n");
        }
        md.append("### Training Efficiency\n");
        md.append("- **ALScore:** ")
                .append(m.alScore() == null ? "-" : BigDecimal.valueOf(m.alScore()).setScale(1, java.math.RoundingMode.HALF_UP)
                        .toPlainString() + " (" + m.alScoreBand() + ")")
                .append('\n');
        md.append("- **Formula:** √(Parameters × Tokens) ÷ 300\n\n");
        md.append("### Training Data\n");
        md.append("- **Dataset Type:** ").append(orDash(m.datasetType())).append("\n\n");
        md.append("## 📈 Performance Benchmarks\n\n");
        md.append("| Benchmark | Score | Description |\n");
        md.append("|-----------|-------|-------------|\n");
        for (String[] b : MARKDOWN_BENCHMARKS) {
            Double score = m.headlineScores().get(b[0]);
            md.append("| **").append(b[1]).append("** | ").append(score == null ? "-" : plain(score)).append(" | ").append(b[2])
                    .append(" |\n");
        }
        md.append('\n');
        md.append("## 🏷️ Model Tags\n\n");
        if (m.tags().isEmpty()) {
            md.append("_No specific tags_\n\n");
        } else {
            md.append(String.join(", ", m.tags().stream().map(t -> "`" + t + "`").toList())).append("\n\n");
        }
        md.append("## 📝 Additional Notes\n\n");
        md.append(m.notes() == null || m.notes().isBlank() ? "_No additional notes available._" : m.notes().strip()).append("\n\n");
        md.append("## 🔗 Resources\n\n");
        if (m.playgroundUrl() == null && m.paperUrl() == null) {
            md.append("_No public resources available._\n");
        }
        if (m.playgroundUrl() != null) {
            md.append("- 🎮 [Try the Model](").append(m.playgroundUrl()).append(")\n");
        }
        if (m.paperUrl() != null) {
            md.append("- 📄 [Technical Documentation](").append(m.paperUrl()).append(")\n");
        }
        md.append('\n');
        md.append("## 🔍 Related Models\n\n");
        md.append("**From ").append(labName).append(":**\n");
        md.append("- See all models in [").append(labName).append(" profile](../../labs/").append(lab).append(".md)\n\n");
        md.append("**Similar Architecture:**\n");
        Architecture arch = Architecture.parse(m.architecture()).orElse(Architecture.UNKNOWN);
        md.append("- See all [").append(arch.label()).append(" models](../../architectures/").append(arch.slug()).append(".md)\n\n");
        md.append("---\n\n");
        md.append("**Last Updated:** ").append(m.lastUpdated() == null ? "-" : m.lastUpdated().toString()).append("\n\n");
        md.append("[← Back to Leaderboard](../../README.md) • [View All ").append(labName).append(" Models](../../labs/").append(lab)
                .append(".md)\n");
        return md.toString();
    }

    private static String billions(Double value) {
        return value == null ? "-B" : plain(value) + "B";
    }

    private static String accessSymbol(String access) {
        return switch (access) {
            case "Public" -> "🟢";
            case "Private" -> "🔴";
            default -> "❓";
        };
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
