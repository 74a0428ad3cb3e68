package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /benchmarks}: searched, filtered by category, sorted, families grouped; a compact table. */
@QuarkusTest
class BenchmarkIndexTest {

    private static final Pattern ROW = Pattern.compile("<tr data-family=\"([^\"]+)\">\\s*<td class=\"name\"><a href=\"[^\"]+\"[^>]*>([^<]+)</a>"
            + ".*?<td class=\"small\">(.*?)</td>\\s*<td class=\"num\">(\\d+)</td>\\s*<td class=\"small\">(.*?)</td>", Pattern.DOTALL);

    @Inject
    SessionFactory sessionFactory;

    record Row(String slug, String name, String categories, int models, String newest) {
    }

    private static List<Row> rows(String url) {
        // The URLs are written encoded ("q=mmlu+pro"), as a browser sends them.
        String html = given().urlEncodingEnabled(false).when().get(url).then().statusCode(200).extract().asString();
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rows.add(new Row(m.group(1), unescape(m.group(2)), m.group(3), Integer.parseInt(m.group(4)), m.group(5)));
        }
        return rows;
    }

    /** The name as the page's source has it, unescaped: "Graphwalks BFS &lt;128k" sorts as "Graphwalks BFS <128k". */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void shouldSearchFamiliesIgnoringCasePunctuationAndSpaces() {
        int all = rows("/benchmarks").size();
        for (String q : List.of("mmlu pro", "MMLU-Pro", "mmlupro", "mmlu\u2011pro")) {
            List<Row> found = rows("/benchmarks?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(found.stream().anyMatch(r -> r.slug().equals("mmlu-pro")), q + ": " + found);
            assertTrue(found.size() < all, q);
        }
        // A variant's name finds its family: MMLU (CoT) is listed under MMLU.
        assertTrue(rows("/benchmarks?q=mmlu+cot").stream().anyMatch(r -> r.slug().equals("mmlu")));
        given().get("/benchmarks?q=zzzzqqq").then().statusCode(200).body(containsString("No benchmark matches."));
    }

    @Test
    void shouldFilterByCategory() {
        List<Row> all = rows("/benchmarks");
        List<Row> math = rows("/benchmarks?category=math");
        assertTrue(!math.isEmpty() && math.size() < all.size(), math.size() + " of " + all.size());
        assertTrue(math.stream().allMatch(r -> r.categories().contains("math")), math.toString());
        given().get("/benchmarks").then().body(containsString("<option value=\"math\">Math</option>"));
        given().get("/benchmarks?category=math").then().body(containsString("<option value=\"math\" selected>Math</option>"));
        given().urlEncodingEnabled(false).get("/benchmarks?category=long+context").then().statusCode(200);
    }

    @Test
    void shouldSortByNameModelsScoredAndNewestScore() {
        List<Row> byModels = rows("/benchmarks");
        for (int i = 1; i < byModels.size(); i++) {
            assertTrue(byModels.get(i - 1).models() >= byModels.get(i).models(), "most models first by default");
        }
        List<Row> ascending = rows("/benchmarks?sort=models&dir=asc");
        assertEquals(byModels.stream().mapToInt(Row::models).min().orElseThrow(), ascending.get(0).models());
        assertEquals(byModels.size(), ascending.size());
        List<String> names = rows("/benchmarks?sort=name&dir=asc").stream().map(Row::name).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
        List<Row> newest = rows("/benchmarks?sort=newest");
        List<String> dated = newest.stream().map(Row::newest).filter(d -> !d.contains("missing")).toList();
        assertTrue(!dated.isEmpty());
        assertTrue(newest.subList(0, dated.size()).stream().noneMatch(r -> r.newest().contains("missing")), "undated last");
        given().get("/benchmarks?sort=newest").then()
                .body(containsString("aria-sort=\"descending\"><a href=\"/benchmarks?sort=newest&amp;dir=asc\""));
    }

    @Test
    void shouldRefuseMalformedParametersWithThe400Page() {
        given().get("/benchmarks?sort=leader").then().statusCode(400).body(containsString("<html"))
                .body(containsString("sort by name, models or newest"));
        given().get("/benchmarks?dir=up").then().statusCode(400);
        given().get("/benchmarks?category=nope").then().statusCode(400).body(containsString("No benchmark category"));
        given().queryParam("q", "x".repeat(201)).get("/benchmarks").then().statusCode(400);
    }

    @Test
    void shouldAnswerTheListAloneForHtmx() {
        given().header("HX-Request", "true").get("/benchmarks?q=gpqa&_=fragment").then().statusCode(200)
                .header("Vary", containsString("HX-Request"))
                .body(not(containsString("<html"))).body(containsString("id=\"benchmark-list\""))
                .body(containsString("<tr data-family=\"gpqa\">"));
    }

    @Test
    void shouldReadTheIndexInOneTransactionAndAtMostTenStatements() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        for (String url : List.of("/benchmarks?_=index-1", "/benchmarks?q=mmlu&category=reasoning&sort=newest&_=index-1")) {
            statistics.clear();
            given().get(url).then().statusCode(200);
            long statements = statistics.getPrepareStatementCount();
            assertTrue(statements > 0 && statements <= 10, url + ": " + statements + " statements");
            assertTrue(statistics.getTransactionCount() <= 1, url);
        }
    }
}
