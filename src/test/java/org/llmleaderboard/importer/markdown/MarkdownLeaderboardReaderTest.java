package org.llmleaderboard.importer.markdown;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.ZipTooLargeException;
import org.llmleaderboard.importer.markdown.MarkdownProblem.Severity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownLeaderboardReaderTest {

    private static final String BUNDLED_ZIP = "bundled/aicomputing101-llm-leaderboard.zip";

    private static MarkdownSet bundled;

    @BeforeAll
    static void readBundledZip() throws IOException {
        try (InputStream zip = bundledZip()) {
            bundled = MarkdownLeaderboardReader.readZip(zip);
        }
    }

    // ---- the real bundled set ----------------------------------------------------------------

    @Test
    void shouldReadEveryModelAndLabPageOfTheBundledSet() {
        assertEquals(674, bundled.models().size());
        assertEquals(174, bundled.labs().size());
        assertEquals("674 model pages, 174 lab pages, 1 skipped, 0 warnings", bundled.summary());
    }

    @Test
    void shouldSkipThePlaceholderSheetAndReportNothingElse() {
        assertEquals(1, bundled.problems().size(), () -> "problems: " + bundled.problems());
        MarkdownProblem problem = bundled.problems().get(0);
        assertEquals("models/about-this-sheet.md", problem.file());
        assertEquals(Severity.SKIPPED, problem.severity());
        assertEquals(1, bundled.skipped());
    }

    @Test
    void shouldCountAccessAcrossAllModels() {
        Map<Access, Long> counts = bundled.models().stream()
                .collect(Collectors.groupingBy(MarkdownModelPage::access, Collectors.counting()));
        assertEquals(Map.of(Access.PUBLIC, 547L, Access.PRIVATE, 102L, Access.UNKNOWN, 25L), counts);
    }

    @Test
    void shouldGiveEveryModelAUniqueSlugMatchingItsFileAndAnExistingLab() {
        Set<String> labs = bundled.labs().stream().map(MarkdownLabPage::slug).collect(Collectors.toSet());
        Set<String> slugs = bundled.models().stream().map(MarkdownModelPage::slug).collect(Collectors.toSet());
        assertEquals(674, slugs.size());
        for (MarkdownModelPage m : bundled.models()) {
            assertEquals("models/" + m.slug() + ".md", m.file());
            assertTrue(m.slug().startsWith(m.labSlug() + "/"), m.slug());
            assertTrue(labs.contains(m.labSlug()), () -> "no lab page for " + m.file());
        }
    }

    @Test
    void shouldReadDeepSeekR2() {
        MarkdownModelPage r2 = model("deepseek-ai/deepseek-r2");
        assertEquals("models/deepseek-ai/deepseek-r2.md", r2.file());
        assertEquals("DeepSeek-R2", r2.name());
        assertEquals("deepseek-ai", r2.labSlug());
        assertEquals("DeepSeek-AI", r2.labName());
        assertEquals("TBA", r2.released());
        assertNull(r2.releaseDate());
        assertEquals(DatePrecision.UNKNOWN, r2.releasePrecision());
        assertEquals(Access.PUBLIC, r2.access());
        assertEquals(Architecture.MOE, r2.architecture());
        assertEquals(1200.0, r2.parameters());
        assertEquals(130000.0, r2.trainingTokens());
        assertNull(r2.datasetType());
        assertEquals(List.of("Reasoning", "SOTA"), r2.headlineTags());
        assertEquals(List.of("Reasoning", "SOTA"), r2.tags());
        assertEquals(Map.of(), r2.scores());
        assertTrue(r2.notes().startsWith("Due April 2025."), r2.notes());
        assertTrue(r2.notes().contains("http://jiuyangongshe.com/a/1h4gq724su0"), r2.notes());
        assertTrue(r2.notes().contains("\"Constructed a 5.2 PB high-quality corpus"), r2.notes());
        assertEquals("https://www.reuters.com/technology/artificial-intelligence/"
                + "deepseek-rushes-launch-new-ai-model-china-goes-all-2025-02-25/", r2.playgroundUrl());
        assertEquals("https://docs.google.com/document/d/e/2PACX-1vTmx-A5sBe_3RsURGM7VvLWsAgUXbcIb2pFaW7f1FTPgK7mGvYENXGQPoF2u4onFndJ_5tzZ02su-vg/pub",
                r2.paperUrl());
        assertEquals(LocalDate.of(2025, 10, 2), r2.lastUpdated());
    }

    @Test
    void shouldReadAllFourScoresInPageOrder() {
        MarkdownModelPage v31 = model("deepseek-ai/deepseek-v31-base");
        assertEquals(List.of("mmlu", "mmlu-pro", "gpqa", "hle"), List.copyOf(v31.scores().keySet()));
        assertEquals(Map.of("mmlu", 93.7, "mmlu-pro", 84.8, "gpqa", 80.1, "hle", 29.8), v31.scores());
        assertEquals(685.0, v31.parameters());
        assertEquals(15640.0, v31.trainingTokens());
        assertEquals("synthetic, web-scale", v31.datasetType());
        assertEquals(List.of("SOTA", "Reasoning"), v31.headlineTags());
    }

    @Test
    void shouldReadNonAsciiModelSlug() {
        MarkdownModelPage tulu = model("allen-ai/tülu-3");
        assertEquals("TÜLU 3", tulu.name());
        assertEquals("allen-ai", tulu.labSlug());
        assertEquals("Allen AI", tulu.labName());
        assertEquals(70.0, tulu.parameters());
        assertEquals(15600.0, tulu.trainingTokens());
    }

    @Test
    void shouldReadNonAsciiLabAndItsModels() {
        MarkdownLabPage eth = lab("eth-zürich");
        assertEquals("ETH Zürich", eth.name());
        assertEquals("labs/eth-zürich.md", eth.file());
        assertEquals(2, eth.totalModels());
        assertEquals(1, eth.publicModels());

        List<MarkdownModelPage> models = bundled.models().stream().filter(m -> m.labSlug().equals("eth-zürich")).toList();
        assertEquals(List.of("eth-zürich/apertus", "eth-zürich/passgpt"), models.stream().map(MarkdownModelPage::slug).toList());
        assertEquals(List.of("ETH Zürich", "ETH Zürich"), models.stream().map(MarkdownModelPage::labName).toList());
        assertEquals(Access.PUBLIC, model("eth-zürich/apertus").access());
        assertEquals(Access.PRIVATE, model("eth-zürich/passgpt").access());
    }

    @Test
    void shouldReadMonthYearReleaseAsFirstOfMonth() {
        MarkdownModelPage v2 = model("deepseek-ai/deepseek-v2");
        assertEquals("May/2024", v2.released());
        assertEquals(LocalDate.of(2024, 5, 1), v2.releaseDate());
        assertEquals(DatePrecision.MONTH, v2.releasePrecision());
    }

    @Test
    void shouldDropThePlaceholderHeadline() {
        MarkdownModelPage v2 = model("deepseek-ai/deepseek-v2");
        assertEquals(List.of(), v2.headlineTags());
        assertEquals(List.of(), v2.tags());
        assertTrue(v2.notes().startsWith("Huge dataset, 12% Chinese"), v2.notes());
    }

    @Test
    void shouldTreatMissingValuesAsNull() {
        MarkdownModelPage ernie5 = model("baidu/ernie-5");
        assertNull(ernie5.notes());
        assertNull(ernie5.parameters());
        assertNull(ernie5.trainingTokens());
        assertNull(ernie5.architecture());
        assertNull(ernie5.playgroundUrl());
        assertNull(ernie5.paperUrl());
        assertEquals(Access.UNKNOWN, ernie5.access());
        assertEquals(List.of(), ernie5.tags());
        assertEquals(Map.of(), ernie5.scores());
    }

    @Test
    void shouldReadDashTypeAsNullArchitectureButKeepTheSizes() {
        MarkdownModelPage granite = model("ibm/granite");
        assertNull(granite.architecture());
        assertEquals(13.0, granite.parameters());
        assertEquals(2500.0, granite.trainingTokens());
    }

    @Test
    void shouldReadLabNameAndCounts() {
        MarkdownLabPage deepseek = lab("deepseek-ai");
        assertEquals("DeepSeek-AI", deepseek.name());
        assertEquals(16, deepseek.totalModels());
        assertEquals(15, deepseek.publicModels());
    }

    // ---- synthetic pages ---------------------------------------------------------------------

    @Test
    void shouldSkipAPageWithUnreadableParametersAndStillImportTheOthers() {
        MarkdownSet contents = MarkdownLeaderboardReader.read(Map.of(
                "models/acme/broken.md", page("Broken", "[Acme](../../labs/acme.md)", "🟢 Public", "abcB"),
                "models/acme/fine.md", page("Fine", "[Acme](../../labs/acme.md)", "🟢 Public", "7.0B"),
                "labs/acme.md", "# Acme\n\n**Total Models:** 2\n**Public Models:** 2\n"));

        assertEquals(List.of("acme/fine"), contents.models().stream().map(MarkdownModelPage::slug).toList());
        assertEquals(7.0, contents.models().get(0).parameters());
        assertEquals(List.of("acme"), contents.labs().stream().map(MarkdownLabPage::slug).toList());
        assertEquals(1, contents.problems().size(), () -> "problems: " + contents.problems());
        MarkdownProblem problem = contents.problems().get(0);
        assertEquals("models/acme/broken.md", problem.file());
        assertEquals(Severity.SKIPPED, problem.severity());
        assertTrue(problem.reason().contains("Parameters") && problem.reason().contains("abcB"), problem.reason());
    }

    @Test
    void shouldReadUnknownAccessAsUnknown() {
        MarkdownSet contents = MarkdownLeaderboardReader.read(Map.of(
                "models/acme/secret.md", page("Secret", "[Acme](../../labs/acme.md)", "❓ Unknown", "7.0B")));

        assertEquals(List.of(), contents.problems());
        assertEquals(Access.UNKNOWN, contents.models().get(0).access());
    }

    @Test
    void shouldSkipAPageWithUnreadableAccess() {
        MarkdownSet contents = MarkdownLeaderboardReader.read(Map.of(
                "models/acme/beta.md", page("Beta", "[Acme](../../labs/acme.md)", "🟡 Beta", "7.0B")));

        assertEquals(List.of(), contents.models());
        assertEquals(List.of(new MarkdownProblem("models/acme/beta.md", Severity.SKIPPED, "unreadable access '🟡 Beta'")),
                contents.problems());
    }

    @Test
    void shouldSkipAPageWithoutOrganization() {
        String noOrganization = page("Orphan", "[Acme](../../labs/acme.md)", "🟢 Public", "7.0B")
                .lines().filter(l -> !l.startsWith("**Organization:**")).collect(Collectors.joining("\n"));
        MarkdownSet contents = MarkdownLeaderboardReader.read(Map.of("models/acme/orphan.md", noOrganization));

        assertEquals(List.of(), contents.models());
        assertEquals(List.of(new MarkdownProblem("models/acme/orphan.md", Severity.SKIPPED, "no organization")),
                contents.problems());
    }

    @Test
    void shouldReadAZipWithOneTopLevelFolder() throws IOException {
        Map<String, String> entries = new TreeMap<>();
        entries.put("llm-leaderboard-main/README.md", "# LLM Leaderboard\n");
        entries.put("llm-leaderboard-main/labs/acme.md", "# Acme\n\n**Total Models:** 1\n**Public Models:** 1\n");
        entries.put("llm-leaderboard-main/models/acme/rocket.md",
                page("Rocket", "[Acme](../../labs/acme.md)", "🟢 Public", "7.0B"));

        MarkdownSet contents = MarkdownLeaderboardReader.readZip(new ByteArrayInputStream(zip(entries)));

        assertEquals(List.of(), contents.problems());
        assertEquals(List.of("acme/rocket"), contents.models().stream().map(MarkdownModelPage::slug).toList());
        assertEquals("models/acme/rocket.md", contents.models().get(0).file());
        assertEquals(List.of("Acme"), contents.labs().stream().map(MarkdownLabPage::name).toList());
    }

    @Test
    void shouldReadADirectoryCopyOfRealPages(@TempDir Path root) throws IOException {
        List<String> wanted = List.of("models/deepseek-ai/deepseek-r2.md", "models/eth-zürich/apertus.md", "labs/eth-zürich.md");
        Map<String, String> pages = bundledFiles(wanted);
        assertEquals(Set.copyOf(wanted), pages.keySet());
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = root.resolve(page.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        }

        MarkdownSet contents = MarkdownLeaderboardReader.readDirectory(root);

        assertEquals(List.of(), contents.problems());
        assertEquals(List.of("deepseek-ai/deepseek-r2", "eth-zürich/apertus"),
                contents.models().stream().map(MarkdownModelPage::slug).toList());
        assertEquals(model("deepseek-ai/deepseek-r2"), contents.models().get(0));
        assertEquals(model("eth-zürich/apertus"), contents.models().get(1));
        assertEquals(List.of(lab("eth-zürich")), contents.labs());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static MarkdownModelPage model(String slug) {
        return bundled.models().stream().filter(m -> m.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no model " + slug));
    }

    private static MarkdownLabPage lab(String slug) {
        return bundled.labs().stream().filter(l -> l.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no lab " + slug));
    }

    private static InputStream bundledZip() {
        InputStream zip = MarkdownLeaderboardReaderTest.class.getClassLoader().getResourceAsStream(BUNDLED_ZIP);
        assertNotNull(zip, BUNDLED_ZIP + " is not on the class path");
        return zip;
    }

    /** The given files of the bundled zip, keyed by NFC path. */
    private static Map<String, String> bundledFiles(List<String> paths) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(bundledZip(), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = Normalizer.normalize(entry.getName(), Normalizer.Form.NFC);
                if (paths.contains(name)) {
                    found.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return found;
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("llm-leaderboard-main/"));
            out.closeEntry();
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A minimal model page in the set's layout. */
    private static String page(String name, String organization, String access, String parameters) {
        return """
                # %s

                > Large Language Model

                **Organization:** %s
                **Released:** Jan/2025
                **Access:** %s

                ---

                ## 🔧 Technical Specifications

                ### Model Architecture
                - **Type:** Dense
                - **Parameters:** %s
                - **Training Tokens:** 1000.0B

                ## 📈 Performance Benchmarks

                | Benchmark | Score | Description |
                |-----------|-------|-------------|
                | **MMLU** | 70.1 | General knowledge across 57 subjects |

                ## 🏷️ Model Tags

                _No specific tags_

                ## 📝 Additional Notes

                _No additional notes available._

                ---

                **Last Updated:** 2025-10-02
                """.formatted(name, organization, access, parameters);
    }

    @Test
    void shouldKeepOnlyUsableLinksFromResourceLines() {
        assertEquals("https://github.com/facebookresearch/llama/pull/73/files",
                MarkdownLeaderboardReader.linkTarget("Weights leaked: https://github.com/facebookresearch/llama/pull/73/files"));
        assertEquals("https://cloud.google.com/blog/x", MarkdownLeaderboardReader.linkTarget("https://cloud.google.com/blog/x (same as above)"));
        assertEquals("https://ask-rbg.ai", MarkdownLeaderboardReader.linkTarget("ask-rbg.ai"));
        assertNull(MarkdownLeaderboardReader.linkTarget("TS"));
        // Every link of the bundled set is now an http(s) URL.
        bundled.models().forEach(m -> {
            for (String url : java.util.Arrays.asList(m.playgroundUrl(), m.paperUrl())) {
                assertTrue(url == null || url.matches("https?://[^\\s<>\"]+"), m.file() + ": " + url);
            }
        });
        MarkdownModelPage llama = bundled.models().stream().filter(m -> m.slug().equals("meta-ai/llama-65b")).findFirst().orElseThrow();
        assertEquals("https://github.com/facebookresearch/llama/pull/73/files", llama.playgroundUrl());
    }
}
