package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the merged llm-stats data adds to the pages and the API: provenance, identity, facts, prices, columns, filters. */
@QuarkusTest
class LlmStatsPagesTest {

    private static String page(String path) {
        return given().redirects().follow(false).when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void shouldRedirectOldIdsAndAliasesToTheCanonicalPages() {
        for (String[] r : new String[][] {
                { "/models/deepseek/deepseek-r1-0528", "/models/deepseek-ai/deepseek-r1-0528" },
                { "/models/gpt-4o-2024-05-13", "/models/openai/gpt-4o" },
                { "/models/google/gemma-3-12b-it", "/models/google-deepmind/gemma-3-12b-it" },
                // The checkpoint the markdown page describes is that model (crosswalk `same`): its old slug too.
                { "/models/google/gemma-3-27b-it", "/models/google-deepmind/gemma-3" },
                { "/models/google-deepmind/gemma-3-27b-it", "/models/google-deepmind/gemma-3" },
                { "/labs/deepseek", "/labs/deepseek-ai" },
                { "/benchmarks/humanity's-last-exam", "/benchmarks/hle" },
                // Variants (by their llm-stats id or their slug): to their family's ranking, in their setting.
                { "/benchmarks/humaneval+", "/benchmarks/humaneval-plus?setting=unspecified" },
                { "/benchmarks/humaneval-plus-2", "/benchmarks/humaneval-plus?setting=unspecified" },
                { "/benchmarks/swe-bench-verified-(agentless)", "/benchmarks/swe-bench-verified?setting=harness-agentless" },
                { "/benchmarks/swe-bench-verified-agentless", "/benchmarks/swe-bench-verified?setting=harness-agentless" } }) {
            given().redirects().follow(false).when().get(r[0]).then().statusCode(301)
                    .header("Location", org.hamcrest.Matchers.endsWith(r[1]));
        }
        given().redirects().follow(false).when().get("/models/nobody-knows-this").then().statusCode(404);
        given().redirects().follow(false).when().get("/labs/nobody-knows-this").then().statusCode(404);
    }

    @Test
    void shouldShowEveryScoreWithItsSourceAndProvenanceOnTheModelPage() {
        String html = page("/models/openai/gpt-5");
        // The headline GPQA (markdown set) and llm-stats' self-reported 85.7 beside it, with its source.
        assertTrue(html.contains("<td class=\"num\">85.7%</td><td>Diamond, no tools</td><td>self-reported</td>")
                || html.contains(">85.7%</td>"), "llm-stats GPQA score shown in percent");
        assertTrue(html.contains("https://openai.com/index/gpt-5/"), "its source");
        assertTrue(html.contains("SWE-Bench Verified"), "llm-stats benchmarks on the page");
        assertTrue(html.contains("id=\"licence\">Proprietary"), "licence");
        assertTrue(html.contains("Closed weights"), "weights");
        assertTrue(html.contains("<h2 id=\"providers\">Providers</h2>"), "providers' prices");
    }

    @Test
    void shouldShowVariantsFamilyAndComputedComparisons() {
        String family = page("/models/google-deepmind/gemma-3");
        assertTrue(family.contains("<a href=\"/models/google-deepmind/gemma-3-12b-it\">Gemma 3 12B</a>"), "family members listed");
        String variant = page("/models/google-deepmind/gemma-3-12b-it");
        assertTrue(variant.contains("in the <a href=\"/models/google-deepmind/gemma-3\">Gemma 3</a> family"));
        assertTrue(variant.contains("Open weights"), "Gemma licence + weights link");
        String r1 = page("/models/deepseek-ai/deepseek-r1-0528");
        assertTrue(r1.contains("<li>DeepSeek-R1-0528 scores 81.0% on GPQA: 9.5 points above DeepSeek-R1 (71.5%)</li>"), "computed, not stored");
        String v2 = page("/models/deepseek-ai/deepseek-v2?compare=meta-ai/llama-3-70b");
        assertTrue(v2.contains("<li>DeepSeek-V2 scores 78.5% on MMLU: 3.5 points below Llama 3 70B (82.0%)</li>"));
    }

    @Test
    void shouldShowTheDeepSeekStatisticsFactsWithTheirSource() {
        String html = page("/models/deepseek-ai/deepseek-v2");
        assertTrue(html.contains("<th scope=\"row\">Layers</th><td class=\"num\">60</td>"), "60 layers");
        assertTrue(html.contains("Multi-head Latent Attention (MLA)"));
        assertTrue(html.contains("<th scope=\"row\">Active parameters</th><td class=\"num\">21 B</td>") || html.contains("Active parameters</th><td class=\"num\">21"),
                "21 B active");
        assertTrue(html.contains("DeepSeek statistics page"), "cited");
        String llm67b = page("/models/deepseek-ai/deepseek");
        assertTrue(llm67b.contains("512 × NVIDIA H800"));
        assertTrue(llm67b.contains("2,800,000 hours"));
        String coder = page("/models/deepseek-ai/deepseek-coder-v2");
        assertTrue(coder.contains("HumanEval"), "HumanEval 90.2 from the statistics page");
        assertTrue(coder.contains(">90.2<"));
    }

    @Test
    void shouldShowBenchmarkMetadataAndValuesInTheirUnit() {
        String swe = page("/benchmarks/swe-bench-verified");
        // 34 models on swe-bench-verified itself (o1-2024-12-17 and o1-preview count as o1, each model once with its
        // variants), and 1 more only on its variants (agentic coding, agentless, multiple attempts).
        assertTrue(swe.contains("35 models scored"));
        assertTrue(swe.contains("percent (0–100%)"));
        assertTrue(swe.contains("<span class=\"tag\">"), "categories");
        assertTrue(swe.contains("74.9%"), "GPT-5's 0.749 shown as a percent");
        String cfeval = page("/benchmarks/cfeval");
        assertTrue(cfeval.contains("id=\"scale\">points (0–10000)"));
        assertTrue(cfeval.contains("<td class=\"num\">2134 points</td>"), "a rating keeps its scale");
        String hle = page("/benchmarks/hle");
        assertTrue(hle.contains("https://arxiv.org/abs/2501.14249"), "paper link from llm-stats");
    }

    @Test
    void shouldShowPricesAndAPriceVsScoreChart() {
        String html = given().when().get("/prices").then().statusCode(200).header("Vary", containsString("HX-Request")).extract().asString();
        assertTrue(html.contains("<svg id=\"price-chart\""));
        assertTrue(html.contains("id=\"price-count\">91 models"), "91 priced models with a GPQA headline");
        assertTrue(html.contains("<option value=\"gpqa\" selected>"));
        assertTrue(html.contains("DeepInfra"));
        String fragment = given().header("HX-Request", "true").when().get("/prices?benchmark=swe-bench-verified").then().statusCode(200)
                .extract().asString();
        assertTrue(fragment.trim().startsWith("<div id=\"price-chart-region\">"), "the chart only, for htmx");
        assertTrue(fragment.contains("SWE-Bench Verified"));
        // Unknown benchmarks fall back to GPQA, never an error.
        given().when().get("/prices?benchmark=<script>").then().statusCode(200).body(containsString("<option value=\"gpqa\" selected>"))
                .body(not(containsString("<script>")));
    }

    @Test
    void shouldChooseBenchmarkColumnsInTheUrl() {
        String html = page("/?col=swe-bench-verified&col=aime-2025&col=nonsense&sort=swe-bench-verified&dir=desc");
        assertTrue(html.contains("data-sort=\"swe-bench-verified\""));
        assertTrue(html.contains("data-sort=\"aime-2025\""));
        assertTrue(!html.contains("data-sort=\"mmlu-pro\""), "the default columns are replaced");
        assertTrue(!html.contains("data-sort=\"nonsense\"") && !html.contains("col=nonsense"), "unknown columns are dropped");
        assertTrue(html.contains("No benchmark &#39;nonsense&#39; — no column for it"), "and reported");
        // Links keep the chosen columns.
        assertTrue(html.contains("col=swe-bench-verified&amp;col=aime-2025"));
        assertTrue(page("/").contains("data-sort=\"hle\""), "the markdown set's four by default");
    }

    @Test
    void shouldFilterByOpenWeightsLicenceAndFamilies() {
        assertEquals(OPEN, shown("/?weights=open"));
        assertEquals(MIT, shown("/?licence=mit"));
        int all = org.llmleaderboard.TestData.ROWS;
        assertEquals(all - VARIANTS, shown("/?families=only"));
        assertEquals(all, shown("/?weights=sideways&licence=nope"), "unknown values dropped");
        assertEquals(OPEN + CLOSED, shown("/?weights=open&weights=closed"));
    }

    /** The total of "Showing x of TOTAL models". */
    private static int shown(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Showing [0-9–]+ of ([0-9]+) models").matcher(page(path));
        assertTrue(m.find(), path);
        return Integer.parseInt(m.group(1));
    }

    // Rows only (variants are not rows). Open weights only with a download (domain/OpenWeights): the four Gemma 3n
    // models ("proprietary" in llm-stats, with a weights link) are open; Gemini 2.5 Flash-Lite, Magistral Medium and
    // GLM-4.6 (a licence, no download) unknown. Five open checkpoints are variants since the review (crosswalk/models.csv):
    // Gemma 3n E2B/E4B Instructed, their two LiteRT previews and Qwen3-Next-80B-A3B-Thinking.
    static final int OPEN = 84 + 4 - 3 - 5;
    static final int CLOSED = 58 - 4;
    static final int MIT = 20;
    // Rows linked to a family (m.family, llm-stats' family rule and the override file): 55 before the crosswalk review,
    // less the 11 such checkpoints that are now the markdown row itself or a variant (no row).
    static final int VARIANTS = 44;

    @Test
    void shouldExposeTheNewFieldsInGraphQLWithoutNPlusOne() {
        JsonPath json = given().contentType("application/json").body(Map.of("query", """
                { model(slug: "deepseek/deepseek-r1-0528") { slug licence licenceId openWeights releasedOn multimodal fineTunedFrom { slug }
                    aliases facts { fact value unit citation } offerings { provider inputPrice outputPrice contextWindow } }
                  gemma: model(slug: "google-deepmind/gemma-3-12b-it") { family { slug name } }
                  hle: benchmark(slug: "humanity's-last-exam") { slug categories paperUrl maxScore }
                  open: models(filter: { weights: ["open"], familiesOnly: true, licences: ["mit"] }, first: 500) { totalCount items { openWeights family { slug } } } }"""))
                .when().post("/graphql").then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
        assertEquals("deepseek-ai/deepseek-r1-0528", json.getString("data.model.slug"), "found by its llm-stats path");
        assertEquals("MIT", json.getString("data.model.licence"));
        assertEquals(true, json.getBoolean("data.model.openWeights"));
        assertEquals("2025-05-28", json.getString("data.model.releasedOn"));
        assertEquals("deepseek-ai/deepseek-r1", json.getString("data.model.fineTunedFrom.slug"));
        assertTrue(json.getList("data.model.aliases").contains("deepseek/deepseek-r1-0528"));
        assertTrue(json.getList("data.model.offerings.provider").contains("deepinfra"));
        assertEquals("google-deepmind/gemma-3", json.getString("data.gemma.family.slug"));
        assertEquals("hle", json.getString("data.hle.slug"));
        assertEquals("https://arxiv.org/abs/2501.14249", json.getString("data.hle.paperUrl"));
        List<Boolean> open = json.getList("data.open.items.openWeights");
        assertTrue(open.stream().allMatch(Boolean.TRUE::equals));
        assertTrue(json.getList("data.open.items.family").stream().allMatch(f -> f == null), "families only");
    }
}
