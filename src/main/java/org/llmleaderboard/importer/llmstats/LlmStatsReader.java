package org.llmleaderboard.importer.llmstats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.llmleaderboard.importer.BoundedZip;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.ZipTooLargeException;
import org.llmleaderboard.importer.llmstats.LlmStats.Contents;
import org.llmleaderboard.importer.llmstats.LlmStats.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the llm-stats data set ({@code data/organizations/<org>/{organization.json, models/<model>/{model.json,
 * benchmarks.json}}}, {@code data/benchmarks/*.json}, {@code data/licenses/*.json},
 * {@code data/providers/<p>/{provider.json, models.json}}; schemas in its {@code schemas/}) into records.
 * Pure parsing: no database, no matching. A file it cannot use is reported with its path and reason and
 * skipped; everything else is read. Lists come sorted by id, so that a read is deterministic.
 */
public final class LlmStatsReader {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final double BILLION = 1_000_000_000d;

    private LlmStatsReader() {
    }

    /** Reads a zip of the data set (trusted: the bundled copy); entries may sit under a common folder (a GitHub archive's {@code repo-main/}). */
    public static Contents readZip(InputStream zip) throws IOException {
        return read(BoundedZip.read(zip, ZipLimits.DEFAULTS, LlmStatsReader::dataFile));
    }

    /**
     * Reads an uploaded zip of the data set, refusing one beyond {@code limits} (a zip bomb) before unpacking it.
     *
     * @throws ZipTooLargeException when the zip holds too many entries or unpacks to too many bytes
     */
    public static Contents readZip(byte[] zip, ZipLimits limits) throws IOException {
        return read(BoundedZip.read(zip, limits, LlmStatsReader::dataFile));
    }

    /** {@code data/...json}, from the zip's root or under one folder; {@code null} for anything else. */
    private static String dataFile(String name) {
        int data = name.startsWith("data/") ? 0 : name.indexOf("/data/") + 1;
        return name.endsWith(".json") && (data > 0 || name.startsWith("data/")) ? name.substring(data) : null;
    }

    /** Reads the set from its JSON files, keyed by path from the set's root ({@code data/...}). */
    public static Contents read(Map<String, String> files) {
        List<LlmStats.Organization> orgs = new ArrayList<>();
        List<LlmStats.Licence> licences = new ArrayList<>();
        List<LlmStats.Benchmark> benchmarks = new ArrayList<>();
        List<LlmStats.Model> models = new ArrayList<>();
        List<LlmStats.Provider> providers = new ArrayList<>();
        List<LlmStats.Offering> offerings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> sorted = new TreeMap<>(files);
        for (Map.Entry<String, String> f : sorted.entrySet()) {
            String path = f.getKey();
            String[] p = path.split("/");
            try {
                if (p.length == 3 && p[1].equals("benchmarks")) {
                    benchmarks.add(benchmark(parse(f.getValue())));
                } else if (p.length == 3 && p[1].equals("licenses")) {
                    licences.add(licence(parse(f.getValue())));
                } else if (p.length == 4 && p[1].equals("organizations") && p[3].equals("organization.json")) {
                    orgs.add(organization(parse(f.getValue())));
                } else if (p.length == 6 && p[1].equals("organizations") && p[3].equals("models") && p[5].equals("model.json")) {
                    String scoresPath = String.join("/", p[0], p[1], p[2], p[3], p[4], "benchmarks.json");
                    List<LlmStats.Score> scores = new ArrayList<>();
                    String scoresJson = sorted.get(scoresPath);
                    if (scoresJson != null) {
                        try {
                            JsonNode array = parse(scoresJson);
                            if (!array.isArray()) {
                                throw new IllegalArgumentException("expected a JSON array of scores");
                            }
                            for (JsonNode s : array) {
                                scores.add(score(s));
                            }
                        } catch (IllegalArgumentException e) {
                            problems.add(new Problem(scoresPath, e.getMessage()));
                        }
                    }
                    scores.sort(Comparator.comparing(LlmStats.Score::benchmarkId).thenComparing(LlmStats.Score::id));
                    LlmStats.Model m = model(path, parse(f.getValue()), List.copyOf(scores));
                    if (!m.organizationId().equals(p[2])) {
                        throw new IllegalArgumentException("organization_id '" + m.organizationId() + "' is not its folder '" + p[2] + "'");
                    }
                    models.add(m);
                } else if (p.length == 4 && p[1].equals("providers") && p[3].equals("provider.json")) {
                    providers.add(provider(parse(f.getValue())));
                } else if (p.length == 4 && p[1].equals("providers") && p[3].equals("models.json")) {
                    JsonNode array = parse(f.getValue());
                    if (!array.isArray()) {
                        throw new IllegalArgumentException("expected a JSON array of offerings");
                    }
                    for (JsonNode o : array) {
                        offerings.add(offering(o));
                    }
                }
                // benchmarks.json files are read with their model; other files (schemas, README) are not data.
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(path, e.getMessage()));
            }
        }
        orgs.sort(Comparator.comparing(LlmStats.Organization::id));
        licences.sort(Comparator.comparing(LlmStats.Licence::id));
        benchmarks.sort(Comparator.comparing(LlmStats.Benchmark::id));
        models.sort(Comparator.comparing(LlmStats.Model::id));
        providers.sort(Comparator.comparing(LlmStats.Provider::id));
        offerings.sort(Comparator.comparing(LlmStats.Offering::providerId).thenComparing(LlmStats.Offering::modelId)
                .thenComparing(LlmStats.Offering::id));
        return new Contents(List.copyOf(orgs), List.copyOf(licences), List.copyOf(benchmarks), List.copyOf(models),
                List.copyOf(providers), List.copyOf(offerings), List.copyOf(problems));
    }

    static LlmStats.Organization organization(JsonNode n) {
        return new LlmStats.Organization(required(n, "organization_id"), required(n, "name"), text(n, "website"), text(n, "country"));
    }

    static LlmStats.Licence licence(JsonNode n) {
        return new LlmStats.Licence(required(n, "license_id"), required(n, "name"), bool(n, "allow_commercial"), text(n, "description"));
    }

    static LlmStats.Benchmark benchmark(JsonNode n) {
        List<String> categories = new ArrayList<>();
        n.path("categories").forEach(c -> categories.add(c.asText()));
        Double max = number(n, "max_score");
        if (max != null && max <= 0) {
            throw new IllegalArgumentException("max_score must be positive, was " + max);
        }
        return new LlmStats.Benchmark(required(n, "benchmark_id"), required(n, "name"), text(n, "parent_benchmark_id"),
                List.copyOf(categories), text(n, "modality"), bool(n, "multilingual"), max == null ? 1.0 : max,
                text(n, "language"), text(n, "description"), text(n, "paper_link"), text(n, "implementation_link"),
                Boolean.TRUE.equals(bool(n, "verified")));
    }

    static LlmStats.Model model(String file, JsonNode n, List<LlmStats.Score> scores) {
        return new LlmStats.Model(file, required(n, "model_id"), required(n, "name"), required(n, "organization_id"),
                text(n, "model_family_id"), text(n, "fine_tuned_from_model_id"), text(n, "description"),
                date(n, "release_date"), date(n, "announcement_date"), text(n, "license_id"),
                Boolean.TRUE.equals(bool(n, "multimodal")), monthOrDay(n, "knowledge_cutoff"),
                billions(number(n, "param_count")), billions(number(n, "training_tokens")), text(n, "source_api_ref"),
                text(n, "source_playground"), text(n, "source_paper"), text(n, "source_scorecard_blog_link"),
                text(n, "source_repo_link"), text(n, "source_weights_link"), scores);
    }

    static LlmStats.Score score(JsonNode n) {
        Double score = number(n, "score");
        if (score == null) {
            throw new IllegalArgumentException("a score without `score` (model_benchmark_id " + n.path("model_benchmark_id").asText("?") + ")");
        }
        if (score < 0 || score.isNaN() || score.isInfinite()) {
            throw new IllegalArgumentException("score must be a non-negative number, was " + score);
        }
        return new LlmStats.Score(required(n, "model_benchmark_id"), required(n, "benchmark_id"), required(n, "model_id"), score,
                number(n, "normalized_score"), !Boolean.FALSE.equals(bool(n, "is_self_reported")),
                text(n, "self_reported_source_link"), Boolean.TRUE.equals(bool(n, "verified_by_llmstats")),
                text(n, "analysis_method"), text(n, "verification_provider_id"), text(n, "verification_hardware"),
                date(n, "verification_date"), text(n, "verification_notes"), dateTime(n, "created_at"), text(n, "benchmark_name"));
    }

    static LlmStats.Provider provider(JsonNode n) {
        return new LlmStats.Provider(required(n, "provider_id"), required(n, "name"), text(n, "website"));
    }

    static LlmStats.Offering offering(JsonNode n) {
        Double in = number(n, "input_cents_per_million_tokens");
        Double out = number(n, "output_cents_per_million_tokens");
        return new LlmStats.Offering(required(n, "model_provider_id"), required(n, "provider_id"), required(n, "model_id"),
                text(n, "provider_model_id_used"), text(n, "deprecated_at") != null,
                in == null ? null : in / 100d, out == null ? null : out / 100d,
                integer(n, "max_input_tokens"), integer(n, "max_output_tokens"), text(n, "quantization"),
                number(n, "throughput"), number(n, "latency"));
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("empty file");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException("missing `" + field + "`");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            throw new IllegalArgumentException("`" + field + "` must be a single value");
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("`" + field + "` must be true or false, was " + v);
        }
        return v.booleanValue();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("`" + field + "` must be a number, was " + v);
        }
        return v.doubleValue();
    }

    private static Integer integer(JsonNode n, String field) {
        Double d = number(n, field);
        if (d == null) {
            return null;
        }
        if (d < 0 || d > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("`" + field + "` out of range: " + d);
        }
        return d.intValue();
    }

    private static LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("`" + field + "` is not a date (yyyy-mm-dd): '" + s + "'");
        }
    }

    /** {@code yyyy-mm} or {@code yyyy-mm-dd}, kept as text so that its precision is not invented. */
    private static String monthOrDay(JsonNode n, String field) {
        String s = text(n, field);
        if (s == null) {
            return null;
        }
        try {
            if (s.matches("[0-9]{4}-[0-9]{2}")) {
                java.time.YearMonth.parse(s);
                return s;
            }
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("`" + field + "` is not a month or a date (yyyy-mm or yyyy-mm-dd): '" + s + "'");
        }
    }

    private static LocalDate dateTime(JsonNode n, String field) {
        return date(n, field);
    }

    private static Double billions(Double count) {
        return count == null ? null : count / BILLION;
    }
}
