package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.service.read.BenchmarkRankingService;
import org.llmleaderboard.service.read.BenchmarkSetting;
import org.llmleaderboard.service.read.ScoreEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One ranking per benchmark family, one comparable setting at a time, on the bundled data: pages, GraphQL and the store. */
@QuarkusTest
class BenchmarkRankingPagesTest {

    @Inject
    EntityManager em;

    @Inject
    BenchmarkRankingService rankings;

    @Inject
    ScoreRepository scores;

    @Inject
    BenchmarkRepository benchmarks;

    private static String page(String path) {
        return given().redirects().follow(false).when().get(path).then().statusCode(200).extract().asString();
    }

    private static JsonPath graphql(String document, Map<String, Object> variables) {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("query", document, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        Object errors = json.get("errors");
        assertNull(errors, "no errors");
        return json;
    }

    /** The ranking's rows: model name, score as shown, setting cell. */
    private static List<String[]> rows(String html) {
        // The variant a score belongs to, if any, follows the model's name (OneRowPerModelRankingTest reads it).
        Matcher m = Pattern.compile("<td class=\"name\"><a href=\"[^\"]*\">([^<]*)</a>(?: <span class=\"muted small model-variant\".*?</span>)?</td>\\s*<td>.*?</td>\\s*<td class=\"num\">([^<]*)</td>"
                + "\\s*<td class=\"small\" data-setting=\"([^\"]*)\">([^<]*)", Pattern.DOTALL).matcher(html);
        List<String[]> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(new String[] { m.group(1), m.group(2), m.group(3), m.group(4) });
        }
        return rows;
    }

    @Test
    @Transactional
    void shouldShowTheBestSweBenchVerifiedScoreOnTheFamilyPageUnderItsHarness() {
        // The best score of any SWE-bench Verified variant in the bundled data: Claude Sonnet 4.5's 0.772 on
        // llm-stats' swe-bench-verified-(agentic-coding).
        Object[] best = em.createQuery("""
                select s.scoreValue, b.slug, s.settingKey from Score s join s.benchmark b
                where b.slug = 'swe-bench-verified' or b.parentSlug = 'swe-bench-verified' order by s.scoreValue desc""", Object[].class)
                .setMaxResults(1).getSingleResult();
        assertEquals(77.2, (double) best[0], 1e-9);
        assertEquals("swe-bench-verified-agentic-coding", best[1]);
        assertEquals("harness-agentic-coding", best[2]);
        String family = page("/benchmarks/swe-bench-verified");
        assertTrue(family.contains("data-setting=\"harness-agentic-coding\""), "its setting is offered on the family page");
        String html = page("/benchmarks/swe-bench-verified?setting=harness-agentic-coding");
        String[] top = rows(html).get(0);
        assertEquals("Claude Sonnet 4.5", top[0]);
        assertEquals("77.2%", top[1]);
        assertEquals("harness-agentic-coding", top[2]);
        assertTrue(top[3].startsWith("harness agentic-coding · percent (0–100%)"), top[3]);
        assertTrue(html.contains("SWE-bench Verified (Agentic Coding)"), "the variant the score is on");
    }

    @Test
    void shouldRedirectAVariantToItsFamilyPageWithItsSettingSelected() {
        given().redirects().follow(false).when().get("/benchmarks/swe-bench-verified-agentic-coding").then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/benchmarks/swe-bench-verified?setting=harness-agentic-coding"));
        given().redirects().follow(false).when().get("/benchmarks/swe-bench-verified-agentless?setting=unspecified").then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/benchmarks/swe-bench-verified?setting=unspecified"));
    }

    @Test
    void shouldMakeHumanEvalPlus2AVariantOfHumanEvalPlus() {
        JsonPath json = graphql("""
                { plus2: benchmark(slug: "humaneval-plus-2") { parent family { slug } }
                  plus: benchmark(slug: "humaneval-plus") { family { slug } variants { slug } } }""", Map.of());
        assertEquals("humaneval-plus", json.getString("data.plus2.parent"));
        assertEquals("humaneval-plus", json.getString("data.plus2.family.slug"));
        assertEquals("humaneval-plus", json.getString("data.plus.family.slug"));
        assertEquals(List.of("humaneval-plus-2"), json.getList("data.plus.variants.slug"));
    }

    @Test
    void shouldGroupTheMmluVariantsUnderMmlu() {
        JsonPath json = graphql("{ benchmark(slug: \"mmlu\") { variants { slug impliedSetting { key } } } }", Map.of());
        List<String> variants = json.getList("data.benchmark.variants.slug");
        assertTrue(variants.containsAll(List.of("mmlu-cot", "mmlu-base", "mmlu-chat", "openai-mmlu", "mmlu-stem", "mmmlu")), variants.toString());
        assertFalse(variants.contains("mmlu-pro"), "MMLU-Pro is a benchmark of its own");
        String list = page("/benchmarks");
        Matcher row = Pattern.compile("<tr data-family=\"mmlu\">(.*?)</tr>", Pattern.DOTALL).matcher(list);
        assertTrue(row.find(), "MMLU's row");
        assertTrue(row.group(1).contains("data-slug=\"mmlu-cot\""), "MMLU (CoT) listed under MMLU");
        Matcher link = Pattern.compile("<a href=\"/benchmarks/mmlu\\?setting=([^\"]+)\" data-slug=\"mmlu-cot\">").matcher(row.group(1));
        assertTrue(link.find(), "linking to MMLU's ranking in its setting");
        assertTrue(link.group(1).contains("cot"), link.group(1));
        assertFalse(list.contains("<tr data-family=\"mmlu-cot\">"), "no row of its own");
    }

    @Test
    @ActivateRequestContext
    @Transactional
    void shouldNeverRankTwoSettingsTogether() {
        int rankingsChecked = 0;
        for (BenchmarkRankingService.FamilyGroup g : rankings.families()) {
            for (BenchmarkSetting s : rankings.settings(g.family())) {
                String key = s.setting().key();
                List<ScoreEntry> ranked = rankings.rankingsIn(List.of(g.family()), key, 500).get(0);
                assertEquals(s.models(), ranked.size(), g.family().slug() + " in " + key + ": one row per model");
                for (ScoreEntry e : ranked) {
                    assertEquals(key, e.comparableSetting().key(), g.family().slug() + ": " + e.modelSlug());
                }
                rankingsChecked++;
            }
        }
        assertTrue(rankingsChecked > 200, "every setting of every family: " + rankingsChecked);
    }

    @Test
    @Transactional
    void shouldStoreEveryScoreWithinItsBenchmarksRange() {
        assertEquals(0, scores.countOutOfRange());
        assertTrue(em.createQuery("select count(s) from Score s", Long.class).getSingleResult() > 2224, "llm-stats' 2224 and the others");
    }

    @Test
    @Transactional
    void shouldListForReviewWhatTheRulesCannotPlace() {
        Map<String, String> candidates = new java.util.HashMap<>();
        benchmarks.listReviews().forEach(r -> candidates.put(r.sourceId, r.candidateSlug));
        assertEquals("gpqa", candidates.get("gpqa-biology"));
        assertEquals("mrcr-1m", candidates.get("mrcr-1m-(pointwise)"));
        assertFalse(candidates.containsKey("swe-bench-verified-(agentless)"), "placed by the crosswalk");
        assertEquals(null, em.createQuery("select b.parentSlug from Benchmark b where b.slug = 'gpqa-biology'", String.class)
                .getSingleResult(), "never merged into its candidate");
    }

    @Test
    void shouldReportAnUnknownSettingAndShowTheDefault() {
        String html = page("/benchmarks/gpqa?setting=harness-nonexistent");
        assertTrue(html.contains("No setting &#39;harness-nonexistent&#39; on GPQA — showing setting not stated"), "reported, not dropped");
        assertEquals("GPT-5", rows(html).get(0)[0]);
        String script = given().queryParam("setting", "<script>").when().get("/benchmarks/gpqa").then().statusCode(200).extract().asString();
        assertTrue(script.contains("No setting &#39;&lt;script&gt;&#39;"), "escaped");
    }

    @Test
    void shouldServeTheRankingRegionForHtmx() {
        String fragment = given().header("HX-Request", "true").when().get("/benchmarks/gpqa?setting=subset-diamond").then().statusCode(200)
                .header("Vary", containsString("HX-Request")).extract().asString();
        assertTrue(fragment.trim().startsWith("<section id=\"ranking-region\""), "the region only");
        assertFalse(fragment.contains("<html"));
        assertTrue(rows(fragment).stream().allMatch(r -> r[2].equals("subset-diamond")));
        assertFalse(rows(fragment).isEmpty());
    }

    @Test
    void shouldAgreeBetweenTheLeaderboardTheBenchmarkPageAndGraphQL() {
        JsonPath json = graphql("""
                { benchmark(slug: "gpqa") { settings { setting { key } isDefault }
                    ranking(first: 3) { value comparableSetting { key } scale model { name } } } }""", Map.of());
        String defaultKey = json.getString("data.benchmark.settings.find { it.isDefault }.setting.key");
        List<String> names = json.getList("data.benchmark.ranking.model.name");
        assertEquals(List.of("GPT-5", "Grok 4", "Grok-4 Heavy"), names);
        assertEquals(List.of(89.4f, 88.9f, 88.4f), json.getList("data.benchmark.ranking.value"));
        List<String[]> page = rows(page("/benchmarks/gpqa"));
        for (int i = 0; i < 3; i++) {
            assertEquals(names.get(i), page.get(i)[0]);
            assertEquals(defaultKey, page.get(i)[2]);
        }
        assertEquals("89.4%", page.get(0)[1]);
        // The leaderboard sorted by GPQA leads with the same model and value (its headline score).
        String board = page("/?sort=gpqa&dir=desc&col=gpqa");
        assertTrue(board.indexOf(">GPT-5</a>") < board.indexOf(">Grok 4</a>"), "GPT-5 first");
        assertTrue(board.contains("89.4"), "its value");
    }

    @Test
    void shouldExposeSettingsAndScalesOverGraphQL() {
        JsonPath json = graphql("""
                query($s: String) { benchmark(slug: "swe-bench-verified") {
                    family { slug } variants { slug impliedSetting { harness } }
                    settings { setting { key label harness } models isDefault }
                    ranking(first: 2, setting: $s) { value scale comparableSetting { key shots cot passAtK harness subset } benchmark { slug } } } }""",
                Map.of("s", "harness-agentic-coding"));
        assertEquals("swe-bench-verified", json.getString("data.benchmark.family.slug"));
        assertTrue(json.getList("data.benchmark.variants.impliedSetting.harness").containsAll(List.of("agentless", "agentic-coding", "multiple-attempts")));
        assertEquals(1, json.getList("data.benchmark.settings.findAll { it.isDefault }").size(), "one default");
        assertEquals(77.2f, json.getFloat("data.benchmark.ranking[0].value"));
        assertEquals("agentic-coding", json.getString("data.benchmark.ranking[0].comparableSetting.harness"));
        assertEquals("percent (0–100%)", json.getString("data.benchmark.ranking[0].scale"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ benchmark(slug: \"gpqa\") { ranking(setting: \"cot.0-shot\") { value } } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("setting key"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ benchmark(slug: \"gpqa\") { ranking(setting: \"harness-nonexistent\") { value } } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("data.benchmark.ranking", org.hamcrest.Matchers.empty());
    }
}
