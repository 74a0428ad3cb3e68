package org.llmleaderboard.importer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The whole data set as one JSON document, format {@value #FORMAT}: labs, benchmarks and models with
 * their scores, every key always written (null when unknown), no derived values (ALScore, ratio:
 * they are recomputed on import). Writing is byte-stable: the same data gives the same bytes, so the
 * caller sorts the lists as the format states (see {@link Dataset}); dates are ISO {@code yyyy-MM-dd};
 * lines end with {@code \n}.
 */
// Jackson reads and writes the records reflectively, also in a native executable.
@RegisterForReflection(targets = { DatasetJson.Dataset.class, DatasetJson.LabRecord.class, DatasetJson.BenchmarkRecord.class,
        DatasetJson.ModelRecord.class, DatasetJson.ScoreRecord.class, DatasetJson.OfferingRecord.class })
public final class DatasetJson {

    public static final String FORMAT = "llm-leaderboard/dataset@1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DatasetJson() {
    }

    /**
     * The document. Lists as the format sorts them: labs, benchmarks and models by slug; a model's
     * scores by benchmark slug, headline first, then value (highest first), then source URL.
     */
    @JsonPropertyOrder({ "format", "labs", "benchmarks", "models" })
    public record Dataset(
            @JsonProperty(required = true) String format,
            List<LabRecord> labs,
            List<BenchmarkRecord> benchmarks,
            List<ModelRecord> models) {

        public Dataset {
            if (!FORMAT.equals(format)) {
                throw new IllegalArgumentException("not a " + FORMAT + " document: its format is '" + format + "'");
            }
            labs = copy(labs);
            benchmarks = copy(benchmarks);
            models = copy(models);
        }

        public Dataset(List<LabRecord> labs, List<BenchmarkRecord> benchmarks, List<ModelRecord> models) {
            this(FORMAT, labs, benchmarks, models);
        }
    }

    @JsonPropertyOrder({ "slug", "name", "website", "country" })
    public record LabRecord(
            @JsonProperty(required = true) String slug,
            @JsonProperty(required = true) String name,
            String website,
            String country) {
    }

    @JsonPropertyOrder({ "slug", "name", "description", "unit", "higherIsBetter" })
    public record BenchmarkRecord(
            @JsonProperty(required = true) String slug,
            @JsonProperty(required = true) String name,
            String description,
            String unit,
            @JsonProperty(required = true) boolean higherIsBetter) {
    }

    /**
     * A model. {@code lab} is the lab's slug; {@code released} the release date as published
     * ({@code May/2024}, {@code TBA}); {@code access} and {@code architecture} their labels
     * ({@code Public}, {@code MoE}), architecture null when unknown; numbers in billions.
     */
    @JsonPropertyOrder({ "slug", "name", "lab", "variantOf", "headlineTags", "released", "access", "architecture", "parameters",
            "activeParameters", "trainingTokens", "datasetType", "tags", "notes", "playgroundUrl", "paperUrl", "lastUpdated",
            "contextWindow", "knowledgeCutoff", "inputPrice", "outputPrice", "scores", "offerings" })
    public record ModelRecord(
            @JsonProperty(required = true) String slug,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String lab,
            String variantOf,
            List<String> headlineTags,
            String released,
            @JsonProperty(required = true) String access,
            String architecture,
            Double parameters,
            Double activeParameters,
            Double trainingTokens,
            String datasetType,
            List<String> tags,
            String notes,
            String playgroundUrl,
            String paperUrl,
            LocalDate lastUpdated,
            Integer contextWindow,
            String knowledgeCutoff,
            Double inputPrice,
            Double outputPrice,
            List<ScoreRecord> scores,
            List<OfferingRecord> offerings) {

        public ModelRecord {
            headlineTags = copy(headlineTags);
            tags = copy(tags);
            scores = copy(scores);
            offerings = copy(offerings);
        }
    }

    /**
     * A provider's offering of the model, prices in US dollars per million tokens; {@code origin} the source it came
     * from. Exported for readers of the data set; an import leaves offerings to the sources' own importers.
     */
    @JsonPropertyOrder({ "provider", "providerModelId", "inputPrice", "outputPrice", "cacheReadPrice", "contextWindow", "maxOutput",
            "checked", "sourceUrl", "origin" })
    public record OfferingRecord(String provider, String providerModelId, Double inputPrice, Double outputPrice, Double cacheReadPrice,
            Integer contextWindow, Integer maxOutput, LocalDate checked, String sourceUrl, String origin) {
    }

    /** One reported score; {@code benchmark} is the benchmark's slug, {@code source} the citation. */
    @JsonPropertyOrder({ "benchmark", "value", "setting", "selfReported", "sourceUrl", "source", "date", "headline", "stderr",
            "independent", "origin", "logUrl", "edition" })
    public record ScoreRecord(
            @JsonProperty(required = true) String benchmark,
            @JsonProperty(required = true) double value,
            String setting,
            Boolean selfReported,
            String sourceUrl,
            String source,
            LocalDate date,
            @JsonProperty(required = true) boolean headline,
            Double stderr,
            Boolean independent,
            String origin,
            String logUrl,
            String edition) {
    }

    /** Malformed input, with where in the document it went wrong (1-based; -1 when unknown). */
    public static final class MalformedDatasetException extends IOException {
        private final int line;
        private final int column;

        MalformedDatasetException(String message, int line, int column, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Reads a document; malformed JSON, a wrong format, unknown or missing keys fail with the line and column. */
    public static Dataset read(InputStream in) throws IOException {
        try {
            Dataset dataset = MAPPER.readValue(in, Dataset.class);
            if (dataset == null) {
                throw new MalformedDatasetException("Malformed dataset JSON: the document is empty", 1, 1, null);
            }
            return dataset;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            String reason = e.getOriginalMessage();
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof IllegalArgumentException) {
                    reason = t.getMessage();
                }
            }
            throw new MalformedDatasetException("Malformed dataset JSON at line " + line + ", column " + column + ": " + reason,
                    line, column, e);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
