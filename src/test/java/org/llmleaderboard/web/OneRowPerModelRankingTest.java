package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.service.read.BenchmarkRankingService;
import org.llmleaderboard.service.read.BenchmarkSetting;
import org.llmleaderboard.service.read.ScoreEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, "one row per model" in the rankings: a benchmark ranking lists a model once with its variants (dated
 * snapshots, previews, instruct/base), and a score of a variant says which variant it belongs to — on the benchmark
 * pages, in GraphQL and in the model page's rank. Real cases of the bundled data: GPT-4o and its 2024-08-06 snapshot,
 * Gemini 2.5 Pro and its 06-05 and Preview variants, o3 and o3-preview, Kimi K2 and its four variants.
 */
@QuarkusTest
class OneRowPerModelRankingTest {

    @Inject
    EntityManager em;

    @Inject
    BenchmarkRankingService rankings;

    /** A ranking row as the page shows it: model, its link, score, and the variant the score belongs to (or null). */
    record Row(String model, String href, String score, String variant, String variantHref) {
    }

    private static final Pattern ROW = Pattern.compile("<td class=\"name\"><a href=\"([^\"]*)\">([^<]*)</a>"
            + "(?: <span class=\"muted small model-variant\"[^>]*>· variant <a href=\"([^\"]*)\">([^<]*)</a></span>)?</td>"
            + "\\s*<td>.*?</td>\\s*<td class=\"num\">([^<]*)</td>", Pattern.DOTALL);

    private static List<Row> rows(String html) {
        Matcher m = ROW.matcher(html);
        List<Row> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(new Row(text(m.group(2)), m.group(1), m.group(5), m.group(4) == null ? null : text(m.group(4)), m.group(3)));
        }
        return rows;
    }

    /** A name as text: the page escapes it ("GPT-4 Classic (gpt-4-0314 &amp; gpt-4-0613, non-Turbo)"). */
    private static String text(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }

    private static JsonPath graphql(String document, Map<String, Object> variables) {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("query", document, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), "no errors");
        return json;
    }

    private static List<Row> named(List<Row> rows, String name) {
        return rows.stream().filter(r -> r.model().equals(name)).toList();
    }

    @Test
    void shouldListGemini25ProOnceOnGpqaWithTheVariantItsScoreBelongsTo() {
        // GPQA's default setting (not stated): Gemini 2.5 Pro has no score of its own there, its 06-05 snapshot 86.4 and
        // its Preview 84.0; o3 has its own 83.3 and o3-preview 87.7; GPT-4o its own 53.6 and gpt-4o-2024-11-20 46.0.
        List<Row> rows = rows(page("/benchmarks/gpqa"));
        List<Row> gemini = named(rows, "Gemini 2.5 Pro");
        assertEquals(1, gemini.size(), "Gemini 2.5 Pro once");
        assertEquals("86.4%", gemini.get(0).score(), "its variants' best");
        assertEquals("Gemini 2.5 Pro 06-05", gemini.get(0).variant(), "saying which variant");
        assertEquals("/models/google-deepmind/gemini-25-pro-06-05", gemini.get(0).variantHref());
        assertEquals("/models/google-deepmind/gemini-25-pro", gemini.get(0).href(), "the row is the model");
        List<Row> o3 = named(rows, "o3");
        assertEquals(1, o3.size(), "o3 once");
        assertEquals("83.3%", o3.get(0).score(), "the model's own headline before a variant's better score");
        assertNull(o3.get(0).variant(), "its own score");
        assertEquals(1, named(rows, "GPT-4o").size(), "GPT-4o once");
        for (String variant : List.of("Gemini 2.5 Pro 06-05", "Gemini 2.5 Pro Preview", "o3-preview", "gpt-4o-2024-11-20", "Kimi K2 0905",
                "DeepSeek-R1-0528", "Claude 3.5 Sonnet (new)")) {
            assertTrue(named(rows, variant).isEmpty(), variant + " is no row of its own");
        }
        Set<String> hrefs = new HashSet<>();
        rows.forEach(r -> assertTrue(hrefs.add(r.href()), "one row per model: " + r.href()));
    }

    @Test
    void shouldRankGpt4oOnMmluProZeroShotCotWithItsSnapshotsScore() {
        // GPT-4o's own 72.6 in 0-shot CoT is not its headline; GPT-4o 2024-08-06's 74.7 is the better of the two.
        List<Row> gpt4o = named(rows(page("/benchmarks/mmlu-pro?setting=0-shot.cot")), "GPT-4o");
        assertEquals(1, gpt4o.size());
        assertEquals("74.7%", gpt4o.get(0).score());
        assertEquals("GPT-4o 2024-08-06", gpt4o.get(0).variant());
        assertEquals("/models/openai/gpt-4o-2024-08-06", gpt4o.get(0).variantHref());
        JsonPath json = graphql("""
                { benchmark(slug: "mmlu-pro") { ranking(first: 500, setting: "0-shot.cot") { value model { slug name } variant { slug name } } } }""",
                Map.of());
        List<Map<String, Object>> ranking = json.getList("data.benchmark.ranking");
        List<Map<String, Object>> rows = ranking.stream().filter(r -> "openai/gpt-4o".equals(((Map<?, ?>) r.get("model")).get("slug"))).toList();
        assertEquals(1, rows.size());
        assertEquals(Map.of("slug", "openai/gpt-4o-2024-08-06", "name", "GPT-4o 2024-08-06"), rows.get(0).get("variant"));
        assertFalse(ranking.stream().anyMatch(r -> "openai/gpt-4o-2024-08-06".equals(((Map<?, ?>) r.get("model")).get("slug"))),
                "the snapshot is never a row's model");
    }

    @Test
    void shouldAgreeBetweenTheGpqaPageAndGraphQLRowForRow() {
        List<Row> page = rows(page("/benchmarks/gpqa"));
        JsonPath json = graphql("{ benchmark(slug: \"gpqa\") { ranking(first: 500) { value model { name slug } variant { name slug } } } }",
                Map.of());
        List<Map<String, Map<String, String>>> ranking = json.getList("data.benchmark.ranking");
        assertEquals(ranking.size(), page.size(), "as many rows");
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            String name = ranking.get(i).get("model").get("name");
            Map<String, String> variant = ranking.get(i).get("variant");
            variants.add(variant == null ? null : variant.get("name"));
            assertEquals(name, page.get(i).model(), "row " + (i + 1));
            assertEquals(variants.get(i), page.get(i).variant(), "row " + (i + 1) + ": " + name);
        }
        assertTrue(variants.contains("Gemini 2.5 Pro 06-05"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldSayWhichVariantEachScoreOfGpt4oBelongsTo() {
        JsonPath json = graphql("""
                { model(slug: "openai/gpt-4o") { scores { value variant { slug } }
                    variants { slug scores { value model { slug } variant { slug name } } } } }""", Map.of());
        assertFalse(json.getList("data.model.scores").isEmpty());
        assertTrue(json.getList("data.model.scores.variant").stream().allMatch(java.util.Objects::isNull), "GPT-4o's own scores");
        List<Map<String, Object>> variants = json.getList("data.model.variants");
        Map<String, Object> snapshot = variants.stream().filter(v -> "openai/gpt-4o-2024-08-06".equals(v.get("slug"))).findFirst().orElseThrow();
        List<Map<String, Object>> scores = (List<Map<String, Object>>) snapshot.get("scores");
        assertFalse(scores.isEmpty(), "the snapshot's own scores");
        for (Map<String, Object> score : scores) {
            assertEquals(Map.of("slug", "openai/gpt-4o"), score.get("model"), "it counts for GPT-4o");
            assertEquals(Map.of("slug", "openai/gpt-4o-2024-08-06", "name", "GPT-4o 2024-08-06"), score.get("variant"), "and says its variant");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldNameTheLeadersVariantOnTheListOfBenchmarks() {
        JsonPath json = graphql("{ benchmarks { slug parent ranking(first: 1) { model { name } variant { name } } } }", Map.of());
        List<Map<String, Object>> all = json.getList("data.benchmarks");
        String list = page("/benchmarks");
        int checked = 0;
        for (Map<String, Object> b : all) {
            List<Map<String, Map<String, String>>> top = (List<Map<String, Map<String, String>>>) b.get("ranking");
            if (b.get("parent") != null || top.isEmpty() || top.get(0).get("variant") == null) {
                continue;
            }
            Matcher row = Pattern.compile("<tr data-family=\"" + Pattern.quote((String) b.get("slug")) + "\">(.*?)</tr>", Pattern.DOTALL)
                    .matcher(list);
            assertTrue(row.find(), (String) b.get("slug"));
            assertTrue(text(row.group(1)).contains(">" + top.get(0).get("model").get("name") + "</a> <span class=\"muted small\">· variant "
                    + top.get(0).get("variant").get("name") + "</span>"), b.get("slug") + ": " + row.group(1));
            checked++;
        }
        assertTrue(checked > 0, "a family led by a variant's score");
    }

    @Test
    @Transactional
    void shouldCountEachModelOnceWithItsVariantsAsTheRowsDo() {
        // The GPQA family in any setting: Kimi K2's four variants, o1's two, GPT-4o's snapshot … count with their model.
        long records = em.createQuery("""
                select count(distinct m.id) from Score s join s.model m join s.benchmark b
                where b.slug = 'gpqa' or b.parentSlug = 'gpqa'""", Long.class).getSingleResult();
        long models = em.createQuery("""
                select count(distinct coalesce(v.id, m.id)) from Score s join s.model m left join m.variantOf v join s.benchmark b
                where b.slug = 'gpqa' or b.parentSlug = 'gpqa'""", Long.class).getSingleResult();
        assertTrue(models < records, models + " models, " + records + " model records");
        String html = page("/benchmarks/gpqa");
        assertTrue(html.contains(models + " models scored"), "the count says models, not records: " + models);
        Matcher current = Pattern.compile("data-setting=\"([^\"]+)\" aria-current=\"true\">[^<]*<span class=\"muted\">(\\d+)</span>")
                .matcher(html);
        assertTrue(current.find());
        assertEquals(Integer.parseInt(current.group(2)), rows(html).size(), "the setting's count is its number of rows");
        Matcher listed = Pattern.compile("<tr data-family=\"gpqa\">.*?<td class=\"num\">(\\d+)</td>", Pattern.DOTALL).matcher(page("/benchmarks"));
        assertTrue(listed.find());
        assertEquals(models, Long.parseLong(listed.group(1)), "/benchmarks agrees");
    }

    @Test
    @ActivateRequestContext
    @Transactional
    void shouldNeverListAVariantAsARankingsModelNorAModelTwice() {
        Set<String> variantSlugs = new HashSet<>(em.createQuery("select m.slug from LanguageModel m where m.variantOf is not null", String.class)
                .getResultList());
        assertEquals(org.llmleaderboard.TestData.VARIANTS, variantSlugs.size(), "the bundled variants");
        int withVariant = 0;
        for (BenchmarkRankingService.FamilyGroup g : rankings.families()) {
            for (BenchmarkSetting s : rankings.settings(g.family())) {
                List<ScoreEntry> ranked = rankings.rankingsIn(List.of(g.family()), s.setting().key(), 500).get(0);
                Set<String> seen = new HashSet<>();
                for (ScoreEntry e : ranked) {
                    assertFalse(variantSlugs.contains(e.modelSlug()), g.family().slug() + ": " + e.modelSlug() + " ranks as its model");
                    assertTrue(seen.add(e.modelSlug()), g.family().slug() + " in " + s.setting().key() + ": " + e.modelSlug() + " twice");
                    if (e.variant() != null) {
                        assertTrue(variantSlugs.contains(e.variant().slug()), e.variant().slug());
                        withVariant++;
                    }
                }
                assertEquals(s.models(), ranked.size(), g.family().slug() + " in " + s.setting().key() + ": count and rows agree");
            }
        }
        assertTrue(withVariant > 20, "variants' scores ranked under their models: " + withVariant);
    }

    @Test
    @Transactional
    void shouldRankO3OnItsPageAmongModelsNotModelRecords() {
        // GPQA headline scores, one per model with its variants: the model's own, else its variants' best.
        List<Object[]> headlines = em.createQuery("""
                select coalesce(v.id, m.id), v.id, s.scoreValue, m.slug from Score s join s.model m
                left join m.variantOf v join s.benchmark b where b.slug = 'gpqa' and s.headline = true""", Object[].class).getResultList();
        Map<Object, Double> best = new HashMap<>();
        Map<Object, Boolean> own = new HashMap<>();
        Object o3 = null;
        double o3Score = 0;
        for (Object[] h : headlines) {
            boolean isOwn = h[1] == null;
            double value = (Double) h[2];
            if ("openai/o3".equals(h[3])) {
                o3 = h[0];
                o3Score = value;
            }
            Boolean hadOwn = own.get(h[0]);
            if (hadOwn == null || (isOwn && !hadOwn) || (isOwn == hadOwn && value > best.get(h[0]))) {
                best.put(h[0], value);
                own.put(h[0], isOwn);
            }
        }
        assertNotNull(o3);
        Object self = o3;
        double mine = o3Score;
        long better = best.entrySet().stream().filter(e -> !e.getKey().equals(self) && e.getValue() > mine).count();
        assertTrue(best.size() < headlines.size(), "fewer models than model records");
        given().when().get("/models/openai/o3").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("#" + (better + 1) + " <span class=\"muted\">of " + best.size() + "</span>"));
    }
}
