package org.llmleaderboard.importer.helm;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceRecords;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HELM's model_metadata.yaml (commit 63754d0, 2026-06-05): the bundled copy, a checkout's layout, broken input. */
class HelmReaderTest {

    static SourceRecords bundled;

    @BeforeAll
    static void readBundled() throws Exception {
        try (InputStream zip = HelmReaderTest.class.getResourceAsStream("/bundled/helm.zip")) {
            bundled = HelmReader.readZip(zip);
        }
    }

    @Test
    void shouldReadEveryTextModelOfTheBundledFileOnce() {
        assertEquals("helm", bundled.origin());
        assertEquals("481 models, 0 scores, 0 offerings, 61 problems", bundled.summary());
        assertTrue(bundled.scores().isEmpty() && bundled.offerings().isEmpty());
    }

    @Test
    void shouldReadNameLabParametersDateAndAccess() {
        SourceModel v4 = model(bundled, "deepseek-ai/deepseek-v4-pro");
        assertEquals("DeepSeek v4 Pro", v4.name());
        assertEquals("DeepSeek", v4.lab());
        assertEquals(862.0, v4.parameters());
        assertEquals(LocalDate.of(2026, 4, 24), v4.released());
        assertEquals(Boolean.TRUE, v4.openWeights());
        assertEquals("https://crfm.stanford.edu/helm/", v4.url());
        SourceModel jumbo = model(bundled, "ai21/j1-jumbo");
        assertEquals(178.0, jumbo.parameters()); // num_parameters 178000000000
        assertEquals(Boolean.FALSE, jumbo.openWeights()); // access: limited
        assertEquals("AI21 Labs", jumbo.lab());
        assertNull(model(bundled, "openai/gpt-4o-2024-05-13").parameters());
    }

    @Test
    void shouldFoldThinkingEffortAndHostFormsIntoTheBaseModel() {
        assertEquals(List.of("deepseek-ai/deepseek-v4-pro-thinking-disabled"), model(bundled, "deepseek-ai/deepseek-v4-pro").aliases());
        assertEquals(List.of("openai/o1-2024-12-17-high-reasoning-effort", "openai/o1-2024-12-17-low-reasoning-effort"),
                model(bundled, "openai/o1-2024-12-17").aliases());
        assertEquals(List.of("meta/amazon-llama3-8b-instruct-v1:0"), model(bundled, "meta/llama-3-8b-chat").aliases());
        SourceModel grok = model(bundled, "xai/grok-4-fast"); // HELM lists only the reasoning and non-reasoning forms
        assertEquals("Grok 4 Fast", grok.name());
        assertEquals(List.of("xai/grok-4-fast-non-reasoning", "xai/grok-4-fast-reasoning"), grok.aliases());
        assertTrue(bundled.models().stream().noneMatch(m -> m.id().matches(".*-(thinking-disabled|reasoning-effort|thinking-10k)$")));
        assertTrue(bundled.problems().contains("src/helm/config/model_metadata.yaml: openai/o3-2025-04-16-high-reasoning-effort is "
                + "openai/o3-2025-04-16 (reasoning effort high), folded into it"));
    }

    @Test
    void shouldGiveNoTwoModelsTheSameIdOrNameAndLab() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SourceModel m : bundled.models()) {
            assertTrue(ids.add(m.id()), m.id());
            assertTrue(names.add(m.name().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ") + "|" + m.lab()), m.name());
        }
        assertTrue(bundled.problems().contains("src/helm/config/model_metadata.yaml: inceptionai/jais-family-6p7b-chat listed twice, read once"));
        assertEquals(List.of("ibm/granite-3.1-8b-instruct"), model(bundled, "ibm-granite/granite-3.1-8b-instruct").aliases());
        assertEquals("PaLM-2 (Bison) (text-bison@001)", model(bundled, "google/text-bison@001").name());
    }

    @Test
    void shouldLeaveOutImageModelsAndHelmsTestModel() {
        assertTrue(bundled.models().stream().noneMatch(m -> m.id().equals("adobe/giga-gan") || m.id().equals("simple/model1")));
        assertTrue(bundled.problems().contains("src/helm/config/model_metadata.yaml: simple/model1 is HELM's test model, left out"));
    }

    @Test
    void shouldReadACheckoutDirectoryInTheUpstreamLayout() throws Exception {
        SourceRecords fixture = HelmReader.read(SourceFiles.directory(
                Path.of(HelmReaderTest.class.getResource("/fixtures/helm").toURI()), HelmReader.files()));
        assertEquals(List.of("anthropic/claude-3-7-sonnet-20250219", "deepseek-ai/deepseek-v4-pro", "google/text-bison@001",
                "google/text-bison@002", "ibm-granite/granite-3.1-8b-instruct", "inceptionai/jais-family-6p7b-chat",
                "meta/llama-3-8b-chat", "openai/gpt-4o-2024-05-13", "xai/grok-4-fast"), fixture.models().stream().map(SourceModel::id).toList());
    }

    @Test
    void shouldReportAnEntryWithoutDisplayNameAndReadTheRest() throws Exception {
        String yaml = """
                models:
                  - name: openai/gpt-4o-2024-05-13
                    display_name: GPT-4o (2024-05-13)
                    creator_organization_name: OpenAI
                    access: limited
                    release_date: 2024-04-09
                    tags: [TEXT_MODEL_TAG]
                  - name: broken/model
                    creator_organization_name: Nobody
                    release_date: not-a-date
                    tags: [TEXT_MODEL_TAG]
                """;
        SourceRecords read = HelmReader.read(Map.of(HelmReader.FILE, yaml));
        assertEquals(1, read.models().size());
        assertEquals(List.of("src/helm/config/model_metadata.yaml: entry broken/model without name, display_name or creator_organization_name"),
                read.problems());
    }

    @Test
    void shouldRefuseAFileThatIsNotYamlOrMissing() {
        assertThrows(UnreadableImportException.class, () -> HelmReader.read(Map.of(HelmReader.FILE, "models: [ {name: x")));
        assertThrows(UnreadableImportException.class, () -> HelmReader.read(Map.of("README.md", "# HELM")));
        assertFalse(HelmReader.files().apply("helm-main/src/helm/config/model_metadata.yaml") == null);
    }

    private static SourceModel model(SourceRecords records, String id) {
        return records.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
