package org.llmleaderboard.service.load.llmstats;

import org.llmleaderboard.importer.llmstats.LlmStats;

import java.time.LocalDate;
import java.util.List;

/** Tiny hand-made llm-stats inputs for the steps' tests: only what a test names, the rest empty. */
final class Tiny {

    private Tiny() {
    }

    static LlmStats.Organization organization(String id, String name) {
        return new LlmStats.Organization(id, name, "https://" + id + ".example", "FR");
    }

    static LlmStats.Benchmark benchmark(String id, String parentId, double maxScore) {
        return new LlmStats.Benchmark(id, id.toUpperCase(), parentId, List.of("reasoning"), "text", false, maxScore, "en", null,
                "https://paper.example/" + id, null, false);
    }

    static LlmStats.Model model(String org, String id, String name, List<LlmStats.Score> scores) {
        return new LlmStats.Model("data/organizations/" + org + "/models/" + id + "/model.json", id, name, org, null, null, "About " + name,
                LocalDate.of(2025, 3, 1), null, "mit", false, null, 7.0, null, null, null, null, null, null, null, scores);
    }

    static LlmStats.Model fineTuned(LlmStats.Model m, String baseId) {
        return new LlmStats.Model(m.file(), m.id(), m.name(), m.organizationId(), m.familyId(), baseId, m.description(), m.releaseDate(),
                m.announcementDate(), m.licenceId(), m.multimodal(), m.knowledgeCutoff(), m.parameters(), m.trainingTokens(), m.apiUrl(),
                m.playgroundUrl(), m.paperUrl(), m.blogUrl(), m.repoUrl(), m.weightsUrl(), m.scores());
    }

    static LlmStats.Score score(String id, String benchmarkId, String modelId, double value) {
        return new LlmStats.Score(id, benchmarkId, modelId, value, null, true, "https://source.example/" + id, false, "0-shot", null,
                null, null, null, LocalDate.of(2025, 3, 2), null);
    }

    static LlmStats.Offering offering(String id, String providerId, String modelId, boolean deprecated) {
        return new LlmStats.Offering(id, providerId, modelId, modelId, deprecated, 1.5, 6.0, 128000, 8000, null, null, null);
    }

    static LlmStats.Contents contents(List<LlmStats.Organization> orgs, List<LlmStats.Benchmark> benchmarks, List<LlmStats.Model> models) {
        return new LlmStats.Contents(orgs, List.of(), benchmarks, models, List.of(), List.of(), List.of());
    }

    static LlmStats.Contents withOfferings(LlmStats.Contents c, List<LlmStats.Provider> providers, List<LlmStats.Offering> offerings) {
        return new LlmStats.Contents(c.organizations(), c.licences(), c.benchmarks(), c.models(), providers, offerings, c.problems());
    }
}
