package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stats page over the bundled data (674 models), with and without htmx. */
@QuarkusTest
class StatsResourceTest {

    /** Parameters and headline score of the models, scored ones first (they all fit in one page of 500). */
    private static final String PARAMETERS_AND_SCORES = """
            query($benchmark: String!) {
              models(first: 500, sort: { field: BENCHMARK, benchmark: $benchmark }) {
                items { parameters score(benchmark: $benchmark) }
              }
            }""";

    // Models released in 2024: 252 in the markdown set (grep -l 'Released:.*/2024' -r models | wc -l) and 43 created
    // from llm-stats (release_date 2024-..-..; the matched ones keep their markdown month, Llama 3.3 70B Instruct,
    // Mistral NeMo Instruct and Jamba 1.5 Large among them), less the 16 of them that are variants (snapshots) of another model.
    private static final int RELEASED_IN_2024 = 252 + 43 - 16;
    // Models announced with the release date "TBA": grep -rl 'Released:\*\* TBA' models | wc -l
    private static final int RELEASE_TBA = 8;

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Vary", containsString("HX-Request"))
                .extract().asString();
    }

    private static String fragment(String path) {
        return given().header("HX-Request", "true").when().get(path).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Vary", containsString("HX-Request"))
                .extract().asString();
    }

    /** Label → count of the bar list with this id. */
    private static Map<String, Integer> bars(String html, String id) {
        int start = html.indexOf("<ul class=\"bars stat-bars\" id=\"" + id + "\">");
        assertTrue(start >= 0, "bar list " + id);
        String list = html.substring(start, html.indexOf("</ul>", start));
        Matcher m = Pattern.compile("<span class=\"bar-label\">(?:<a href=\"[^\"]*\">)?([^<]*)(?:</a>)?</span>.*?<span class=\"bar-count\">(\\d+)")
                .matcher(list);
        Map<String, Integer> counts = new LinkedHashMap<>();
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return counts;
    }

    private static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** The scatter's SVG only (the data table below it has no circles, but keep the count honest). */
    private static String scatterSvg(String html) {
        int start = html.indexOf("<svg id=\"scatter-chart\"");
        assertTrue(start >= 0, "a scatter chart");
        return html.substring(start, html.indexOf("</svg>", start));
    }

    /** Models with both a parameter count and a headline score on the benchmark, counted over GraphQL. */
    private static int modelsWithParametersAndScore(String benchmark) {
        List<Map<String, Object>> items = given().contentType(ContentType.JSON)
                .body(Map.of("query", PARAMETERS_AND_SCORES, "variables", Map.of("benchmark", benchmark)))
                .when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue())
                .extract().jsonPath().getList("data.models.items");
        // Missing scores sort last: the page holds every scored model if it ends with an unscored one.
        assertTrue(items.size() < 500 || items.get(items.size() - 1).get("score") == null, "every scored model in one page");
        return (int) items.stream()
                .filter(i -> i.get("score") != null && i.get("parameters") != null && ((Number) i.get("parameters")).doubleValue() > 0)
                .count();
    }

    @Test
    void shouldShowTotalsAccessAndArchitectures() {
        String html = page("/stats");
        assertTrue(html.contains("<title>Stats · LLM Leaderboard</title>"));
        assertTrue(html.contains("<a href=\"/stats\" aria-current=\"page\">Stats</a>"), "nav marks the page");
        assertTrue(html.contains("id=\"kpi-models\">738<"), "738 models: 674 from the markdown set and 103 created from llm-stats, less 39 variants");
        assertTrue(html.contains("id=\"kpi-public\">613<"), "613 public: every created llm-stats model is released");
        assertTrue(html.contains("id=\"kpi-private\">100<"), "100 private");

        Map<String, Integer> access = bars(html, "access-bars");
        assertEquals(Map.of("Public", 613, "Private", 100, "Unknown", 25), access);
        assertTrue(html.contains("<a href=\"/?access=public\">Public</a>"), "access rows link to the filtered leaderboard");

        Map<String, Integer> architectures = bars(html, "architecture-bars");
        assertEquals(526, architectures.get("Dense"));
        assertEquals(118, architectures.get("MoE"));
        assertEquals(738, architectures.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals("Dense", architectures.keySet().iterator().next(), "largest first");

        Map<String, Integer> training = bars(html, "training-bars");
        assertEquals(738, training.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void shouldListTheTwentyLabsWithTheMostModels() {
        String html = page("/stats");
        Map<String, Integer> labs = bars(html, "labs-bars");
        assertEquals(20, labs.size());
        List<Integer> counts = List.copyOf(labs.values());
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "most models first: " + labs);
        }
        assertTrue(html.contains("<a href=\"/labs/deepseek-ai\">DeepSeek-AI</a>"), "DeepSeek-AI (25 models) is in the top 20");
        assertEquals(25, labs.get("DeepSeek-AI"));
    }

    @Test
    void shouldCountReleasesPerYear() {
        String html = page("/stats");
        assertTrue(html.contains("<th scope=\"row\">2024</th><td class=\"num\">" + RELEASED_IN_2024 + "</td>"), "2024 in the table");
        assertTrue(html.contains("<title>2024: " + RELEASED_IN_2024 + " models</title>"), "2024 bar");
        assertTrue(html.contains("<th scope=\"row\">TBA</th><td class=\"num\">" + RELEASE_TBA + "</td>"), "TBA in the table");
        // Every model is in the chart, under TBA, or undated.
        Matcher m = Pattern.compile("<th scope=\"row\">(?:\\d{4}|TBA|Unknown)</th><td class=\"num\">(\\d+)</td>").matcher(html);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        assertEquals(738, total);
        assertTrue(html.contains("role=\"img\" aria-labelledby=\"releases-title releases-desc\""), "accessible chart");
    }

    @Test
    void shouldPlotOneDotPerModelWithParametersAndAGpqaScore() {
        int expected = modelsWithParametersAndScore("gpqa");
        assertTrue(expected > 50, "GPQA is widely reported: " + expected);
        String html = page("/stats?benchmark=gpqa");
        String svg = scatterSvg(html);
        assertEquals(expected, count(svg, "<circle"));
        assertEquals(expected, count(svg, "<a href=\"/models/"), "every dot links to its model");
        // A group, not an image: its dots are links, which an image's presentational children may not hold (axe's nested-interactive).
        assertTrue(svg.contains("role=\"group\" aria-labelledby=\"scatter-title scatter-desc\""));
        assertTrue(svg.contains("<title>GPT-5 (OpenAI): 300 B parameters, GPQA 89.4%</title>"), "dot tooltip");
        for (String tick : List.of(">1 B<", ">10 B<", ">100 B<", ">1000 B<", ">10000 B<", ">0%<", ">100%<")) {
            assertTrue(svg.contains(tick), "tick " + tick);
        }
        assertTrue(svg.contains("Parameters (billions, log scale)"));
        assertTrue(html.contains("<option value=\"gpqa\" selected>GPQA</option>"));
        assertTrue(html.contains(expected + " models with both a parameter count and a score on <a href=\"/benchmarks/gpqa\">GPQA</a>."));
        assertEquals(expected, count(html, "<tr><th scope=\"row\"><a href=\"/models/"), "one table row per dot");
    }

    @Test
    void shouldPlaceDotsOnALogScale() {
        String svg = scatterSvg(page("/stats"));
        double x1 = tickX(svg, "1 B");
        double x10 = tickX(svg, "10 B");
        double x100 = tickX(svg, "100 B");
        assertEquals(x10 - x1, x100 - x10, 0.2, "decades equally spaced");
        // GPT-5 has 300 B parameters: log10(300) = 2.477 decades from 1 B.
        Matcher m = Pattern.compile("<circle class=\"dot\" cx=\"([\\d.]+)\" cy=\"([\\d.]+)\"[^>]*><title>GPT-5 \\(").matcher(svg);
        assertTrue(m.find(), "GPT-5 dot");
        assertEquals(x1 + Math.log10(300) * (x10 - x1), Double.parseDouble(m.group(1)), 0.5);
    }

    private static double tickX(String svg, String label) {
        Matcher m = Pattern.compile("<text x=\"([\\d.]+)\" y=\"[\\d.]+\" text-anchor=\"middle\">" + Pattern.quote(label) + "</text>").matcher(svg);
        assertTrue(m.find(), "tick " + label);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void shouldFallBackToGpqaForAnUnknownBenchmark() {
        String html = given().queryParam("benchmark", "<script>nope").when().get("/stats").then().statusCode(200)
                .header("Vary", containsString("HX-Request")).extract().asString();
        assertTrue(html.contains("<option value=\"gpqa\" selected>GPQA</option>"));
        assertFalse(html.contains("nope"), "the unknown value is not echoed");
        assertEquals(modelsWithParametersAndScore("gpqa"), count(scatterSvg(html), "<circle"));
        // Slugs are matched without regard to case or surrounding blanks.
        given().queryParam("benchmark", " MMLU ").when().get("/stats").then().statusCode(200)
                .body(containsString("<option value=\"mmlu\" selected>MMLU</option>"));
    }

    @Test
    void shouldAnswerHtmxWithTheScatterFragmentOnly() {
        String html = fragment("/stats?benchmark=mmlu");
        assertTrue(html.trim().startsWith("<div id=\"scatter\">"), html.substring(0, Math.min(80, html.length())));
        assertFalse(html.contains("<html"), "no page around the fragment");
        assertFalse(html.contains("kpi"), "no totals");
        assertEquals(modelsWithParametersAndScore("mmlu"), count(scatterSvg(html), "<circle"));
        assertTrue(html.contains("id=\"scatter-status\""), "status updated out of band");
        assertTrue(html.contains("hx-swap-oob=\"true\""));
        assertTrue(html.contains("Parameters vs MMLU score"));
    }

    @Test
    void shouldGiveTheFullPageForAHistoryRestore() {
        given().header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                .when().get("/stats?benchmark=hle").then().statusCode(200)
                .header("Vary", containsString("HX-Request"))
                .body(containsString("<html"))
                .body(containsString("<option value=\"hle\" selected>HLE</option>"));
    }

    @Test
    void shouldWorkWithoutJavaScript() {
        String html = page("/stats");
        assertTrue(html.contains("<form class=\"chart-controls\" action=\"/stats\" method=\"get\""), "a plain GET form");
        assertTrue(html.contains("<noscript><button class=\"button\" type=\"submit\">Show</button></noscript>"));
        assertTrue(html.contains("hx-get=\"/stats\" hx-trigger=\"change\" hx-target=\"#scatter\" hx-swap=\"outerHTML\" hx-push-url=\"true\""));
    }
}
