package org.llmleaderboard.graphql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmleaderboard.graphql.GraphQL.query;

/** The public GraphQL read contract, over the bundled data. Re-run against the packaged app by {@link LeaderboardGraphQLIT}. */
@QuarkusTest
class LeaderboardGraphQLTest {

    @Test
    void shouldHoldAllBundledModelsAndLabs() {
        query("""
                { stats { models labs benchmarks scores publicModels privateModels unknownAccessModels
                          byArchitecture { architecture slug count } }
                  models { totalCount } }""")
                .body("errors", nullValue())
                .body("data.stats.models", equalTo(TestData.ROWS))
                .body("data.stats.labs", equalTo(173))
                .body("data.stats.benchmarks", equalTo(341))
                .body("data.stats.scores", equalTo(530 + 2224 + 4))
                .body("data.stats.publicModels", equalTo(613)) // rows, not variants: 547 markdown + 103 created − 37 public variants
                .body("data.stats.privateModels", equalTo(100))
                .body("data.stats.unknownAccessModels", equalTo(25))
                .body("data.stats.byArchitecture.find { it.slug == 'dense' }.count", equalTo(526))
                .body("data.stats.byArchitecture.find { it.slug == 'moe' }.count", equalTo(118))
                .body("data.stats.byArchitecture.find { it.slug == 'unknown' }.count", equalTo(88)) // rows only, not variants nor matched checkpoints
                .body("data.models.totalCount", equalTo(TestData.ROWS));
    }

    @Test
    void shouldAnswerDeepSeekR2WithRecomputedMetrics() {
        query("""
                { model(slug: "deepseek-ai/deepseek-r2") {
                    slug name parameters trainingTokens alScore alScoreBand tokenParamRatio trainingCategory
                    released releaseDate releasePrecision access architecture headlineTags tags notes playgroundUrl paperUrl
                    lastUpdated lab { slug name } } }""")
                .body("errors", nullValue())
                .body("data.model.name", equalTo("DeepSeek-R2"))
                .body("data.model.parameters", equalTo(1200.0f))
                .body("data.model.trainingTokens", equalTo(130000.0f))
                .body("data.model.alScore", equalTo(41.6f))
                .body("data.model.alScoreBand", equalTo("Extremely powerful"))
                // The page shows 109:1, copied from its source; 130000 / 1200 = 108.3.
                .body("data.model.tokenParamRatio", equalTo(108.3f))
                .body("data.model.trainingCategory", equalTo("Compute-optimal"))
                .body("data.model.released", equalTo("TBA"))
                .body("data.model.releaseDate", nullValue())
                .body("data.model.releasePrecision", equalTo("UNKNOWN"))
                .body("data.model.access", equalTo("Public"))
                .body("data.model.architecture", equalTo("MoE"))
                .body("data.model.headlineTags", contains("Reasoning", "SOTA"))
                .body("data.model.tags", contains("Reasoning", "SOTA"))
                .body("data.model.notes", containsString("http://jiuyangongshe.com/a/1h4gq724su0"))
                .body("data.model.paperUrl", containsString("docs.google.com"))
                .body("data.model.lastUpdated", equalTo("2025-10-02"))
                .body("data.model.lab.slug", equalTo("deepseek-ai"))
                .body("data.model.lab.name", equalTo("DeepSeek-AI"));
    }

    @Test
    void shouldRecomputeAlScoreThatThePageGetsWrong() {
        // The page shows 10.6; √(685 × 15640) ÷ 300 = 10.9.
        query("""
                { model(slug: "deepseek-ai/deepseek-v31-base") { alScore alScoreBand tokenParamRatio releaseDate releasePrecision
                    mmlu: score(benchmark: "mmlu") gpqa: score(benchmark: "gpqa") } }""")
                .body("data.model.alScore", equalTo(10.9f))
                .body("data.model.alScoreBand", equalTo("Very powerful"))
                .body("data.model.tokenParamRatio", equalTo(22.8f))
                .body("data.model.releaseDate", equalTo("2025-08-01"))
                .body("data.model.releasePrecision", equalTo("MONTH"))
                .body("data.model.mmlu", equalTo(93.7f))
                .body("data.model.gpqa", equalTo(80.1f));
    }

    @Test
    void shouldApplyBandsToTheDisplayedAlScore() {
        // Qwen3-Max: raw ALScore 19.96..., displayed 20.0, so "Extremely powerful".
        query("""
                { models(filter: { alScoreBands: ["extremely-powerful"] }, first: 100) { totalCount items { name alScore alScoreBand } } }""")
                .body("data.models.totalCount", equalTo(15))
                .body("data.models.items.alScoreBand", everyItem(equalTo("Extremely powerful")))
                .body("data.models.items.name", hasItem("Qwen3-Max"))
                .body("data.models.items.find { it.name == 'Qwen3-Max' }.alScore", equalTo(20.0f));
    }

    @Test
    void shouldReturnNullForAnUnknownModel() {
        query("{ model(slug: \"nobody/nothing\") { name } }")
                .body("errors", nullValue())
                .body("data.model", nullValue());
    }

    @Test
    void shouldListTheSixteenModelsOfDeepSeekAi() {
        query("""
                { lab(slug: "deepseek-ai") { name modelCount models { slug lab { slug } } }
                  models(filter: { labs: ["deepseek-ai"] }) { totalCount } }""")
                .body("data.lab.name", equalTo("DeepSeek-AI"))
                .body("data.lab.modelCount", equalTo(25))
                .body("data.lab.models", hasSize(25))
                .body("data.lab.models[0].slug", equalTo("deepseek-ai/deepseek-r2"))
                .body("data.lab.models.lab.slug", everyItem(equalTo("deepseek-ai")))
                .body("data.models.totalCount", equalTo(25));
    }

    @Test
    void shouldListLabsByNameWithTheirCounts() {
        JsonPath json = query("{ labs { slug name modelCount } }").body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> labs = json.getList("data.labs");
        assertEquals(173, labs.size(), "174 lab pages, Google's merged into Google DeepMind's");
        assertEquals(TestData.ROWS, labs.stream().mapToInt(l -> (Integer) l.get("modelCount")).sum());
        List<String> names = labs.stream().map(l -> (String) l.get("name")).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(labs.stream().anyMatch(l -> l.get("slug").equals("eth-zürich") && l.get("name").equals("ETH Zürich")));
    }

    @Test
    void shouldSortByGpqaWithMissingScoresLastInBothDirections() {
        String document = """
                query($dir: SortDirection) {
                  models(filter: { labs: ["deepseek-ai"] }, sort: { field: BENCHMARK, benchmark: "gpqa", direction: $dir }, first: 30) {
                    items { name gpqa: score(benchmark: "gpqa") } } }""";
        List<Float> desc = query(document, Map.of("dir", "DESC")).extract().jsonPath().getList("data.models.items.gpqa");
        List<Float> asc = query(document, Map.of("dir", "ASC")).extract().jsonPath().getList("data.models.items.gpqa");
        assertEquals(25, desc.size());
        // 14 DeepSeek-AI models have a GPQA headline (R1-0528, V3-0324 and V3.1-Base are variants of R1, V3 and V3.1, no
        // rows of their own); the eleven without come last either way.
        List<Float> scored = List.of(80.7f, 79.9f, 74.9f, 73.3f, 71.5f, 65.2f, 62.1f, 59.1f, 59.1f, 58.5f, 56.9f,
                49.1f, 49.0f, 33.8f);
        assertEquals(scored, desc.subList(0, 14));
        List<Float> ascending = new java.util.ArrayList<>(scored);
        java.util.Collections.reverse(ascending);
        assertEquals(ascending, asc.subList(0, 14));
        assertTrue(desc.subList(14, 25).stream().allMatch(v -> v == null));
        assertTrue(asc.subList(14, 25).stream().allMatch(v -> v == null));
    }

    @Test
    void shouldRankTheWholeLeaderboardByGpqa() {
        query("""
                { models(sort: { field: BENCHMARK, benchmark: "gpqa" }, first: 3) { totalCount items { name } } }""")
                .body("data.models.totalCount", equalTo(TestData.ROWS))
                .body("data.models.items.name", contains("GPT-5", "Grok 4", "Grok-4 Heavy"));
    }

    @Test
    void shouldBreakTiesByName() {
        // Six models share the displayed ALScore 25.8; the order within the tie is by name.
        query("""
                { models(filter: { alScoreBands: ["extremely-powerful"] }, sort: { field: ALSCORE, direction: DESC }, first: 20) {
                    items { name alScore } } }""")
                .body("data.models.items.findAll { it.alScore == 25.8f }.name",
                        contains("AuroraGPT (ScienceGPT)", "Gemini Ultra", "Llama 4 Behemoth", "codex-1", "o3"));
    }

    @Test
    void shouldSortByEveryFieldWithMissingValuesLast() {
        for (String field : List.of("NAME", "LAB", "ARCHITECTURE", "ACCESS", "RELEASED", "PARAMETERS", "ACTIVE_PARAMETERS",
                "TRAINING_TOKENS", "TOKEN_PARAM_RATIO", "ALSCORE")) {
            for (String dir : List.of("ASC", "DESC")) {
                JsonPath json = query("""
                        query($field: ModelSortField, $dir: SortDirection) {
                          models(sort: { field: $field, direction: $dir }, first: 500, offset: 250) {
                            totalCount items { name parameters trainingTokens } } }""", Map.of("field", field, "dir", dir))
                        .body("errors", nullValue())
                        .extract().jsonPath();
                assertEquals(TestData.ROWS, json.getInt("data.models.totalCount"), field + " " + dir);
                assertEquals(TestData.ROWS - 250, json.getList("data.models.items").size(), field + " " + dir);
                if (field.equals("PARAMETERS")) {
                    List<Float> params = json.getList("data.models.items.parameters");
                    int firstNull = params.indexOf(null);
                    // 50 models (rows, not variants) have no parameter count: they close the list.
                    assertEquals(params.size() - 50, firstNull, dir);
                    assertTrue(params.subList(firstNull, params.size()).stream().allMatch(p -> p == null), dir);
                }
            }
        }
    }

    @Test
    void shouldSortByNameAscending() {
        List<String> names = query("{ models(sort: { field: NAME, direction: ASC }, first: 500) { items { name } } }")
                .extract().jsonPath().getList("data.models.items.name");
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void shouldCombineFilters() {
        query("""
                { openai: models(filter: { labs: ["openai"] }) { totalCount }
                  moe: models(filter: { architectures: ["moe"] }) { totalCount }
                  openaiMoe: models(filter: { labs: ["openai"], architectures: ["MoE"] }, first: 100) { totalCount items { lab { slug } architecture } }
                  privateOpenaiMoe: models(filter: { labs: ["openai"], architectures: ["moe"], access: ["private"] }) { totalCount items { name } }
                  twoLabs: models(filter: { labs: ["openai", "google-deepmind"] }) { totalCount }
                  reasoning: models(filter: { tags: ["reasoning"] }, first: 100) { totalCount items { tags } }
                  unknownArch: models(filter: { architectures: ["unknown"] }) { totalCount items { architecture } } }""")
                .body("errors", nullValue())
                .body("data.openai.totalCount", equalTo(37))
                .body("data.moe.totalCount", equalTo(118))
                .body("data.openaiMoe.totalCount", equalTo(14))
                .body("data.openaiMoe.items.lab.slug", everyItem(equalTo("openai")))
                .body("data.openaiMoe.items.architecture", everyItem(equalTo("MoE")))
                .body("data.privateOpenaiMoe.items.name", containsInAnyOrder("GPT-4 MathMix", "GPT-4o"))
                .body("data.twoLabs.totalCount", equalTo(124)) // openai 37 and google-deepmind 87 (Google's merged in), rows only
                .body("data.reasoning.totalCount", equalTo(81))
                .body("data.reasoning.items.tags", everyItem(hasItem("Reasoning")))
                .body("data.unknownArch.totalCount", equalTo(88)) // rows only: variants are no rows
                .body("data.unknownArch.items.architecture", everyItem(equalTo("Unknown")));
    }

    @Test
    void shouldSearchIgnoringCaseAndAccents() {
        query("""
                { tulu: models(filter: { search: "tulu" }) { items { name } }
                  lab: models(filter: { search: "ZURICH" }) { items { lab { slug } } }
                  combined: models(filter: { search: "gpt", labs: ["openai"], architectures: ["moe"] }, first: 100) { totalCount items { name } } }""")
                .body("data.tulu.items.name", hasItem("TÜLU 3"))
                .body("data.tulu.items.name", hasItem("Llama-3.1-Tulu-3-405B"))
                .body("data.lab.items.lab.slug", everyItem(equalTo("eth-zürich")))
                .body("data.lab.items", hasSize(2))
                .body("data.combined.totalCount", equalTo(10))
                .body("data.combined.items.name", everyItem(containsStringIgnoringCase("gpt")))
                .body("data.combined.items.name", not(hasItem("o3")));
    }

    @Test
    void shouldAnswerScoreUnderSeveralAliases() {
        query("""
                { model(slug: "openai/gpt-5") { a: score(benchmark: "mmlu") b: score(benchmark: "gpqa") c: score(benchmark: "hle") d: score(benchmark: "mmlu-pro") }
                  models(filter: { labs: ["openai"] }, sort: { field: BENCHMARK, benchmark: "gpqa" }, first: 2) {
                    items { name m: score(benchmark: "mmlu") g: score(benchmark: "gpqa") } } }""")
                .body("errors", nullValue())
                .body("data.model.a", equalTo(91.0f))
                .body("data.model.b", equalTo(89.4f))
                .body("data.model.c", equalTo(42.0f))
                .body("data.model.d", nullValue())
                .body("data.models.items[0].name", equalTo("GPT-5"))
                .body("data.models.items[0].m", equalTo(91.0f))
                .body("data.models.items[0].g", equalTo(89.4f));
    }

    @Test
    void shouldCiteTheSourceOfEveryScore() {
        query("""
                { model(slug: "openai/gpt-5") { scores { value headline sourceUrl citation source { name } date origin selfReported benchmark { slug } model { slug } } } }""")
                .body("data.model.scores", hasSize(38))
                .body("data.model.scores.sourceUrl", everyItem(notNullValue()))
                .body("data.model.scores.citation", everyItem(notNullValue()))
                .body("data.model.scores.source.name", everyItem(notNullValue()))
                .body("data.model.scores.model.slug", everyItem(equalTo("openai/gpt-5")))
                // The markdown set's three, each the headline on its benchmark...
                .body("data.model.scores.findAll { it.origin == null }.benchmark.slug", contains("mmlu", "gpqa", "hle"))
                .body("data.model.scores.findAll { it.origin == null }.headline", everyItem(equalTo(true)))
                .body("data.model.scores.findAll { it.origin == null }.sourceUrl", everyItem(equalTo(
                        "https://github.com/AIComputing101/llm-leaderboard/blob/6dc9e88/models/openai/gpt-5.md")))
                .body("data.model.scores.findAll { it.origin == null }.citation", everyItem(containsString("LifeArchitect.ai")))
                // ...and llm-stats' 35, self-reported, with the maker's page as source.
                .body("data.model.scores.findAll { it.origin == 'llm-stats' }", hasSize(35))
                .body("data.model.scores.findAll { it.origin == 'llm-stats' }.selfReported", everyItem(equalTo(true)))
                .body("data.model.scores.find { it.origin == 'llm-stats' && it.benchmark.slug == 'gpqa' }.value", equalTo(85.7f))
                .body("data.model.scores.find { it.origin == 'llm-stats' && it.benchmark.slug == 'gpqa' }.headline", equalTo(false))
                .body("data.model.scores.find { it.origin == 'llm-stats' && it.benchmark.slug == 'gpqa' }.sourceUrl",
                        equalTo("https://openai.com/index/gpt-5/"));
    }

    @Test
    void shouldDescribeTheSeededBenchmarks() {
        query("""
                { benchmarks { slug name unit higherIsBetter }
                  hle: benchmark(slug: "hle") { name description }
                  gpqa: benchmark(slug: "gpqa") { ranking(first: 3) { value model { name lab { slug } } benchmark { slug } }
                                                  top: ranking(first: 1) { value } } }""")
                .body("data.gpqa.top.value", contains(89.4f))
                .body("data.benchmarks.slug[0..3]", contains("mmlu", "mmlu-pro", "gpqa", "hle"))
                .body("data.benchmarks", hasSize(341))
                .body("data.benchmarks.findAll { it.slug in ['mmlu', 'mmlu-pro', 'gpqa', 'hle'] }.unit", everyItem(equalTo("%")))
                .body("data.benchmarks.find { it.slug == 'cfeval' }.unit", equalTo("points"))
                .body("data.hle.description", containsString("Humanity's Last Exam"))
                .body("data.gpqa.ranking.value", contains(89.4f, 88.9f, 88.4f))
                .body("data.gpqa.ranking.model.name", contains("GPT-5", "Grok 4", "Grok-4 Heavy"))
                .body("data.gpqa.ranking.benchmark.slug", everyItem(equalTo("gpqa")));
    }

    @Test
    void shouldRefuseAPageAboveTheCap() {
        query("{ models(first: 501) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].message", containsString("between 0 and 500"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ models(offset: -1) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ benchmark(slug: \"gpqa\") { ranking(first: 1000) { value } } }")
                .body("errors[0].message", containsString("between 0 and 500"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void shouldRefuseAnUnknownBenchmark() {
        query("{ models(sort: { field: BENCHMARK, benchmark: \"nope\" }) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].message", containsString("Unknown benchmark 'nope'"))
                .body("errors[0].extensions.code", equalTo("UNKNOWN_BENCHMARK"));
        query("{ models(sort: { field: BENCHMARK }) { totalCount } }")
                .body("errors[0].message", containsString("needs `benchmark`"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ model(slug: \"openai/gpt-5\") { name score(benchmark: \"nope\") } }")
                .body("data.model.name", equalTo("GPT-5"))
                .body("errors[0].extensions.code", equalTo("UNKNOWN_BENCHMARK"));
    }

    @Test
    void shouldRefuseAnUnknownSortFieldOrFilterValue() {
        query("{ models(sort: { field: POPULARITY }) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].message", containsString("ModelSortField"))
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        query("{ models(filter: { architectures: [\"transformer\"] }) { totalCount } }")
                .body("errors[0].message", containsString("Unknown architecture 'transformer'"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ models(filter: { access: [\"open\"] }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void shouldNotLeakInternalsInErrors() {
        String body = query("{ models(first: 501) { totalCount } }").extract().asString();
        assertTrue(!body.contains("org.llmleaderboard") && !body.contains("InvalidArgument") && !body.contains("at org."), body);
    }

    @Test
    void shouldPublishTheSchemaAndTheGraphQLUi() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("    asOf: String,\n    filter: ModelFilter,\n    first: Int = 50,\n    offset: Int = 0,\n    sort: ModelSort\n  ): ModelPage!"))
                .body(containsString("score(benchmark: String!): Float"))
                .body(containsString("enum ModelSortField"))
                .body(containsString("input ModelFilter"));
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("<html"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertTrue(given().when().get("/q/graphql-ui/").then().extract().asString().length() > 100);
    }

    @Test
    void shouldPageThroughTheLeaderboardWithoutOverlap() {
        JsonPath json = query("""
                { p1: models(sort: { field: NAME, direction: ASC }, first: 10) { items { slug } }
                  p2: models(sort: { field: NAME, direction: ASC }, first: 10, offset: 10) { items { slug } }
                  both: models(sort: { field: NAME, direction: ASC }, first: 20) { items { slug } }
                  last: models(first: 10, offset: %d) { totalCount items { slug } } }""".formatted(TestData.ROWS - 4))
                .body("data.last.items", hasSize(4))
                .body("data.last.totalCount", equalTo(TestData.ROWS))
                .extract().jsonPath();
        List<String> p1 = json.getList("data.p1.items.slug");
        List<String> p2 = json.getList("data.p2.items.slug");
        List<String> both = json.getList("data.both.items.slug");
        assertEquals(both.subList(0, 10), p1);
        assertEquals(both.subList(10, 20), p2);
        assertTrue(json.get("data.p1.items[0].slug") != null);
    }

    @Test
    void shouldKeepNonAsciiSlugs() {
        query("{ model(slug: \"allen-ai/tülu-3\") { name lab { name } } }")
                .body("data.model.name", equalTo("TÜLU 3"))
                .body("data.model.lab.name", notNullValue());
    }
}
