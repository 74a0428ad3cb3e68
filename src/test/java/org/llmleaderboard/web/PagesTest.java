package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page and fragment over the bundled data, with and without htmx. */
@QuarkusTest
class PagesTest {

    private static ValidatableResponse page(String path) {
        return given().when().get(path).then().statusCode(200).contentType(containsString("text/html"));
    }

    private static ValidatableResponse fragment(String path, String target) {
        var request = given().header("HX-Request", "true");
        if (target != null) {
            request = request.header("HX-Target", target);
        }
        return request.when().get(path).then().statusCode(200).header("Vary", containsString("HX-Request"));
    }

    /** Model names in table order (the first link of each {@code td.name}). */
    private static java.util.List<String> modelNames(String html) {
        Matcher m = Pattern.compile("<td class=\"name\"><a href=\"[^\"]*\">([^<]*)</a>").matcher(html);
        java.util.List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void shouldRenderTheLeaderboardWithTheFirstHundredRows() {
        String html = page("/").header("Vary", containsString("HX-Request"))
                .body(containsString("<title>Leaderboard · LLM Leaderboard</title>"))
                .body(containsString("Showing 100 of 786 models"))
                .body(containsString("/webjars/htmx.org/2.0.8/dist/htmx.min.js"))
                .body(containsString("LifeArchitect.ai Models Table"))
                .body(containsString("aria-sort=\"descending\" title=\"√(parameters × tokens) ÷ 300\" data-sort=\"alscore\""))
                .extract().asString();
        assertEquals(100, modelNames(html).size());
        assertEquals("Claude Opus 4", modelNames(html).get(0));
        assertTrue(html.contains("id=\"more-row\""), "a 'more' row");
    }

    @Test
    void shouldServeHtmxItsOwnCopy() {
        given().when().get("/webjars/htmx.org/2.0.8/dist/htmx.min.js").then().statusCode(200)
                .body(containsString("htmx"));
        given().when().get("/css/app.css").then().statusCode(200).body(containsString("prefers-color-scheme: dark"));
        // The layout links the stylesheet by its fingerprint, and the icon: both answer from the image's resources.
        Matcher css = Pattern.compile("href=\"(/css/app\\.css\\?v=[^\"]+)\"").matcher(page("/labs").extract().asString());
        assertTrue(css.find(), "fingerprinted stylesheet link");
        given().when().get(css.group(1)).then().statusCode(200).body(containsString("prefers-color-scheme: dark"));
        given().when().get("/favicon.svg").then().statusCode(200).body(containsString("<svg"));
    }

    @Test
    void shouldAnswerHtmxWithTheWholePageWhereAPageHasNoFragment() {
        // Only the leaderboards, stats and prices swap parts of themselves; the other pages answer whole.
        for (String path : new String[] { "/models/deepseek-ai/deepseek-r2", "/labs", "/architectures", "/benchmarks", "/benchmarks/gpqa" }) {
            given().header("HX-Request", "true").when().get(path).then().statusCode(200)
                    .body(containsString("<!DOCTYPE html>")).body(containsString("</html>"));
        }
    }

    @Test
    void shouldSortByGpqaDescendingWithGpt5First() {
        String html = page("/?sort=gpqa&dir=desc").body(containsString("aria-sort=\"descending\" title=\"GPQA\" data-sort=\"gpqa\""))
                .extract().asString();
        assertEquals("GPT-5", modelNames(html).get(0));
        assertEquals("Grok 4", modelNames(html).get(1));
        // The header link reverses the order; other headers start in their default order.
        assertTrue(html.contains("href=\"/?sort=gpqa&amp;dir=asc\""), "GPQA header reverses");
        assertTrue(html.contains("href=\"/?sort=name&amp;dir=asc\""), "name header starts A to Z");
    }

    @Test
    void shouldAnswerHtmxWithTheResultsFragmentOnly() {
        String html = fragment("/?sort=gpqa&dir=desc", "results").extract().asString();
        assertTrue(html.trim().startsWith("<section id=\"results\""), html.substring(0, 80));
        assertTrue(!html.contains("<html") && !html.contains("id=\"filters\""), "no page around the fragment");
        assertTrue(html.contains("hx-swap-oob=\"true\""), "sort state updated out of band");
        assertEquals("GPT-5", modelNames(html).get(0));
    }

    @Test
    void shouldGiveTheFullPageForAHistoryRestore() {
        given().header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                .when().get("/?sort=gpqa").then().statusCode(200).body(containsString("<html"));
    }

    @Test
    void shouldAppendTheNextRowsForTheMoreRow() {
        String html = fragment("/?sort=gpqa&dir=desc&page=2", "more-row").extract().asString();
        assertTrue(html.trim().startsWith("<tr>"), html.substring(0, 40));
        assertTrue(html.contains("<td class=\"rank\">101</td>"), "ranks continue");
        assertTrue(html.contains("Showing 200 of 786 models"), "count updated out of band");
        assertEquals(100, modelNames(html).size());
    }

    @Test
    void shouldPageWithoutJavaScript() {
        String html = page("/?page=8").body(containsString("Showing 701–786 of 786 models"))
                .body(containsString("rel=\"prev\" href=\"/?page=7\""))
                .body(not(containsString("rel=\"next\"")))
                .extract().asString();
        assertEquals(86, modelNames(html).size());
        assertTrue(html.contains("<td class=\"rank\">701</td>"));
    }

    @Test
    void shouldCombineFiltersAndSort() {
        String html = page("/?sort=gpqa&dir=desc&lab=openai&arch=moe&q=gpt")
                .body(containsString("Showing 12 of 12 models"))
                .body(containsString("Lab: OpenAI"))
                .body(containsString("Architecture: MoE"))
                .extract().asString();
        assertEquals("GPT-5", modelNames(html).get(0));
        assertTrue(modelNames(html).stream().allMatch(n -> n.toLowerCase().contains("gpt")));
    }

    @Test
    void shouldFilterByRepeatedLabsTagsAccessAndBand() {
        page("/?lab=openai&lab=google").body(containsString("Showing 71 of 71 models"));
        page("/?tag=reasoning").body(containsString("Showing 91 of 91 models"));
        page("/?access=private&lab=openai&arch=moe").body(containsString("Showing 4 of 4 models"));
        page("/?band=extremely-powerful").body(containsString("Showing 17 of 17 models"));
        page("/?q=tulu").body(containsString("TÜLU 3"));
    }

    @Test
    void shouldFallBackToDefaultsForUnknownParameters() {
        String html = page("/?sort=popularity&dir=sideways&arch=transformer&lab=nobody&band=huge&page=-3&access=open")
                .body(containsString("Showing 100 of 786 models"))
                .extract().asString();
        assertEquals("Claude Opus 4", modelNames(html).get(0));
    }

    @Test
    void shouldShowTheDeepSeekR2Page() {
        page("/models/deepseek-ai/deepseek-r2")
                .body(containsString("<h1>DeepSeek-R2</h1>"))
                .body(containsString("id=\"alscore\">41.6</div>"))
                .body(containsString("Extremely powerful"))
                .body(containsString("108:1 · Compute-optimal"))
                .body(containsString("√(1200 × 130000) ÷ 300 = 41.6"))
                .body(containsString("1200 B"))
                .body(containsString("130 T"))
                .body(containsString("href=\"/labs/deepseek-ai\""))
                .body(containsString("<a href=\"http://jiuyangongshe.com/a/1h4gq724su0\" rel=\"nofollow noopener\">"))
                .body(containsString("&quot;Constructed a 5.2 PB high-quality corpus"))
                .body(containsString("More from DeepSeek-AI"))
                .body(containsString("Other MoE models"));
    }

    @Test
    void shouldShowScoresWithRankAndSourceOnTheModelPage() {
        page("/models/openai/gpt-5")
                .body(containsString("#1 <span class=\"muted\">of 243</span>"))
                .body(containsString("https://github.com/AIComputing101/llm-leaderboard/blob/6dc9e88/models/openai/gpt-5.md"))
                .body(containsString("Humanity&#39;s Last Exam"));
    }

    @Test
    void shouldServeNonAsciiModelPaths() {
        // As a browser sends them: percent-encoded UTF-8.
        given().urlEncodingEnabled(false).when().get("/models/allen-ai/t%C3%BClu-3").then().statusCode(200)
                .body(containsString("<h1>TÜLU 3</h1>"));
        given().urlEncodingEnabled(false).when().get("/labs/eth-z%C3%BCrich").then().statusCode(200)
                .body(containsString("<h1>ETH Zürich</h1>"));
        // Links to them are encoded the same way.
        page("/labs/allen-ai").body(containsString("href=\"/models/allen-ai/t%C3%BClu-3\""));
    }

    @Test
    void shouldAnswer404WithAPageForUnknownModelsLabsAndBenchmarks() {
        for (String path : new String[] { "/models/nobody/nothing", "/labs/nobody", "/benchmarks/nope", "/architectures/transformer" }) {
            given().when().get(path).then().statusCode(404).contentType(containsString("text/html"))
                    .body(allOf(containsString("<h1>Not found</h1>"), containsString("Back to the leaderboard")))
                    .body(not(containsString("Exception")));
        }
    }

    @Test
    void shouldListLabsSortableByNameAndModelCount() {
        String byName = page("/labs").body(containsString("aria-sort=\"ascending\"><a href=\"/labs?sort=name&amp;dir=desc\">"))
                .extract().asString();
        assertEquals("(Undisclosed)", modelNames(byName).get(0));
        assertEquals("01-ai", modelNames(byName).get(1));
        String byCount = page("/labs?sort=models&dir=desc").extract().asString();
        assertEquals("Google DeepMind", modelNames(byCount).get(0));
    }

    @Test
    void shouldListTheSixteenModelsOfDeepSeekAi() {
        String html = page("/labs/deepseek-ai").body(containsString("id=\"lab-models\">28</div>"))
                .body(containsString("Showing 28 of 28 models"))
                .extract().asString();
        assertEquals(28, modelNames(html).size());
        assertEquals("DeepSeek-R2", modelNames(html).get(0));
        // Sort links stay on the lab page and do not repeat the lab filter.
        assertTrue(html.contains("href=\"/labs/deepseek-ai?sort=gpqa&amp;dir=desc\""));
        String fragment = fragment("/labs/deepseek-ai?sort=gpqa&dir=desc", "results").extract().asString();
        assertEquals("DeepSeek-R1-0528", modelNames(fragment).get(0));
    }

    @Test
    void shouldShowArchitectures() {
        page("/architectures").body(containsString("href=\"/architectures/moe\">MoE</a>")).body(containsString(">131</span>"));
        page("/architectures/moe").body(containsString("Showing 100 of 131 models"));
        fragment("/architectures/moe?page=2", "more-row").body(containsString("<td class=\"rank\">101</td>"))
                .body(containsString("Showing 131 of 131 models"));
    }

    @Test
    void shouldShowBenchmarksAndTheirRankings() {
        page("/benchmarks").body(containsString("Humanity&#39;s Last Exam")).body(containsString(">243</td>"));
        String html = page("/benchmarks/gpqa").body(containsString("243 models scored")).extract().asString();
        assertEquals("GPT-5", modelNames(html).get(0));
        assertEquals(243, modelNames(html).size());
    }

    @Test
    void shouldCompressPages() {
        given().header("Accept-Encoding", "gzip").when().get("/").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }
}
