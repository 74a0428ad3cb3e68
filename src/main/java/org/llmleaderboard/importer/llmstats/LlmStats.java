package org.llmleaderboard.importer.llmstats;

import java.time.LocalDate;
import java.util.List;

/**
 * What the llm-stats data set (github.com/JonathanChavezTamales/llm-leaderboard, CC BY 4.0) holds, as read by
 * {@link LlmStatsReader}: its own ids and names, unchanged; numbers in their source units except where noted.
 */
public final class LlmStats {

    private LlmStats() {
    }

    /** {@code data/organizations/<id>/organization.json}. */
    public record Organization(String id, String name, String website, String country) {
    }

    /** {@code data/licenses/<id>.json}. */
    public record Licence(String id, String name, Boolean allowCommercial, String description) {
    }

    /**
     * {@code data/benchmarks/<id>.json}. Scores are stored on the scale {@code 0..maxScore}; most benchmarks have
     * {@code maxScore} 1.0 (fractions, shown as percent), a few other scales (e.g. Codeforces ratings, max 3000).
     */
    public record Benchmark(String id, String name, String parentId, List<String> categories, String modality,
            Boolean multilingual, double maxScore, String language, String description, String paperUrl,
            String implementationUrl, boolean verified) {
    }

    /**
     * {@code data/organizations/<org>/models/<id>/model.json}. {@code parameters} and {@code trainingTokens} are
     * converted to billions (the files hold plain counts, e.g. 671000000000).
     */
    public record Model(String file, String id, String name, String organizationId, String familyId, String fineTunedFromId,
            String description, LocalDate releaseDate, LocalDate announcementDate, String licenceId, boolean multimodal,
            String knowledgeCutoff, Double parameters, Double trainingTokens, String apiUrl, String playgroundUrl,
            String paperUrl, String blogUrl, String repoUrl, String weightsUrl, List<Score> scores) {
    }

    /** One entry of a model's {@code benchmarks.json}, {@code score} on the benchmark's own scale. */
    public record Score(String id, String benchmarkId, String modelId, double score, Double normalizedScore,
            boolean selfReported, String sourceUrl, boolean verified, String analysisMethod, String verificationProvider,
            String verificationHardware, LocalDate verificationDate, String verificationNotes, LocalDate date,
            String benchmarkName) {
    }

    /** {@code data/providers/<id>/provider.json}. */
    public record Provider(String id, String name, String website) {
    }

    /** One entry of {@code data/providers/<id>/models.json}; prices converted to US dollars per million tokens. */
    public record Offering(String id, String providerId, String modelId, String providerModelId, boolean deprecated,
            Double inputPrice, Double outputPrice, Integer contextWindow, Integer maxOutput, String quantization,
            Double throughput, Double latency) {
    }

    /** A file the reader could not use, and why. */
    public record Problem(String file, String reason) {
        @Override
        public String toString() {
            return file + ": " + reason;
        }
    }

    public record Contents(List<Organization> organizations, List<Licence> licences, List<Benchmark> benchmarks,
            List<Model> models, List<Provider> providers, List<Offering> offerings, List<Problem> problems) {

        public int scoreCount() {
            return models.stream().mapToInt(m -> m.scores().size()).sum();
        }

        public String summary() {
            return "%d organizations, %d models, %d benchmarks, %d scores, %d licences, %d providers, %d offerings, %d problems"
                    .formatted(organizations.size(), models.size(), benchmarks.size(), scoreCount(), licences.size(),
                            providers.size(), offerings.size(), problems.size());
        }
    }
}
