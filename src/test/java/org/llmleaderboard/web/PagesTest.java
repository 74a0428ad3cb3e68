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
                .body(containsString("Showing 100 of 738 models"))
                .body(containsString("/webjars/htmx.org/2.0.8/dist/htmx.min.js"))
                .body(containsString("LifeArchitect.ai Models Table"))
                .body(containsString("aria-sort=\"descending\" title=\"Capability score"))
                .extract().asString();
        assertEquals(100, modelNames(html).size());
        // The default order is the capability score (/about/ranking), not ALScore's compute scale.
        assertEquals("Grok-4 Heavy", modelNames(html).get(0));
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
        // Only the leaderboards, stats, prices, the benchmarks index and a benchmark's ranking swap parts of themselves; the
        // other pages answer whole.
        for (String path : new String[] { "/models/deepseek-ai/deepseek-r2", "/labs", "/architectures" }) {
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
        assertTrue(html.contains("Showing 200 of 738 models"), "count updated out of band");
        assertEquals(100, modelNames(html).size());
    }

    @Test
    void shouldPageWithoutJavaScript() {
        String html = page("/?page=8").body(containsString("Showing 701–738 of 738 models"))
                .body(containsString("rel=\"prev\" href=\"/?page=7\""))
                .body(not(containsString("rel=\"next\"")))
                .extract().asString();
        assertEquals(38, modelNames(html).size());
        assertTrue(html.contains("<td class=\"rank\">701</td>"));
    }

    @Test
    void shouldCombineFiltersAndSort() {
        String html = page("/?sort=gpqa&dir=desc&lab=openai&arch=moe&q=gpt")
                .body(containsString("Showing 10 of 10 models"))
                .body(containsString("Lab: OpenAI"))
                .body(containsString("Architecture: MoE"))
                .extract().asString();
        assertEquals("GPT-5", modelNames(html).get(0));
        assertTrue(modelNames(html).stream().allMatch(n -> n.toLowerCase().contains("gpt")));
    }

    @Test
    void shouldFilterByRepeatedLabsTagsAccessAndBand() {
        page("/?lab=openai&lab=google-deepmind").body(containsString("Showing 100 of 124 models"));
        page("/?tag=reasoning").body(containsString("Showing 81 of 81 models"));
        page("/?access=private&lab=openai&arch=moe").body(containsString("Showing 2 of 2 models"));
        page("/?band=extremely-powerful").body(containsString("Showing 15 of 15 models"));
        page("/?q=tulu").body(containsString("TÜLU 3"));
    }

    @Test
    void shouldFallBackToDefaultsForUnknownValuesAndSaySo() {
        String html = page("/?sort=popularity&arch=transformer&lab=nobody&band=huge&access=open&tag=nope&weights=heavy&licence=wtfpl&col=nope")
                .body(containsString("Showing 100 of 738 models"))
                .body(containsString("No column &#39;popularity&#39; to sort by — sorted by capability"))
                .body(containsString("No lab &#39;nobody&#39; — showing all labs"))
                .body(containsString("No architecture &#39;transformer&#39; — showing all architectures"))
                .body(containsString("No access value &#39;open&#39; — showing all access values"))
                .body(containsString("No tag &#39;nope&#39; — showing all tags"))
                .body(containsString("No ALScore band &#39;huge&#39; — showing all bands"))
                .body(containsString("No weights value &#39;heavy&#39; — showing all weights"))
                .body(containsString("No licence &#39;wtfpl&#39; — showing all licences"))
                .body(containsString("No benchmark &#39;nope&#39; — no column for it"))
                .extract().asString();
        assertEquals("Grok-4 Heavy", modelNames(html).get(0), "the default order, by capability");
    }

    @Test
    void shouldReportAnUnknownLabAndShowAllLabs() {
        page("/?lab=nonexistent").body(containsString("No lab &#39;nonexistent&#39; — showing all labs"))
                .body(containsString("Showing 100 of 738 models"));
        // With a known lab beside it, that lab's models, and the unknown one still reported.
        page("/?lab=nonexistent&lab=openai").body(containsString("No lab &#39;nonexistent&#39; — showing the other labs chosen"))
                .body(not(containsString("of 738 models")));
        // The htmx fragment says it too, and known values give no notice.
        fragment("/?lab=nonexistent", null).body(containsString("No lab &#39;nonexistent&#39; — showing all labs"));
        page("/?lab=openai&sort=gpqa").body(not(containsString("class=\"notices\"")));
    }

    @Test
    void shouldSayThatAPagePastTheEndHasNoRowsAndLinkToTheLastAndFirstPages() {
        page("/?page=99999")
                .body(containsString("No rows on page 99999 of 8"))
                .body(not(containsString("Showing 0")))
                .body(containsString("href=\"/?page=8\">Go to the last page (8)</a>"))
                .body(containsString("href=\"/\">the first page</a>"));
        // The same on a lab's list: DeepSeek-AI's 16 models fit on one page.
        page("/labs/deepseek-ai?page=3").body(containsString("No rows on page 3 of 1"))
                .body(containsString("href=\"/labs/deepseek-ai\">Go to the last page (1)</a>"));
        page("/architectures/moe?page=50").body(containsString("No rows on page 50 of 2"));
    }

    @Test
    void shouldStripControlCharactersFromParameters() {
        String html = given().urlEncodingEnabled(false).when().get("/?q=deep%00seek%01%7F%C2%85").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("value=\"deepseek\""), "the search box holds the cleaned search");
        assertTrue(html.contains("Search: deepseek"), "the chip shows it");
        for (char c : new char[] { 0, 1, 0x7f, 0x85 }) {
            assertEquals(-1, html.indexOf(c), "no control character U+" + Integer.toHexString(c) + " in the page");
        }
        // A NUL alone is no search at all; in an unknown value it is not echoed either.
        given().urlEncodingEnabled(false).when().get("/?q=%00").then().statusCode(200).body(containsString("Showing 100 of 738 models"));
        String lab = given().urlEncodingEnabled(false).when().get("/?lab=no%00body%0A").then().statusCode(200)
                .body(containsString("No lab &#39;nobody&#39; — showing all labs")).extract().asString();
        assertEquals(-1, lab.indexOf('\0'));
        // And in /api/models, which shares the parameters' single entry point.
        given().urlEncodingEnabled(false).when().get("/api/models?q=deep%00seek&first=1").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0));
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
                // Among the models on GPQA, each once with its variants (241 model records).
                .body(containsString("#1 <span class=\"muted\">of " + GPQA_MODELS + "</span>"))
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
        String html = page("/labs/deepseek-ai").body(containsString("id=\"lab-models\">25</div>"))
                .body(containsString("Showing 25 of 25 models"))
                .extract().asString();
        assertEquals(25, modelNames(html).size());
        assertEquals("DeepSeek-V3.1-Terminus", modelNames(html).get(0), "by capability, as the leaderboard");
        // Sort links stay on the lab page and do not repeat the lab filter.
        assertTrue(html.contains("href=\"/labs/deepseek-ai?sort=gpqa&amp;dir=desc\""));
        String fragment = fragment("/labs/deepseek-ai?sort=gpqa&dir=desc", "results").extract().asString();
        assertEquals("DeepSeek-V3.1-Terminus", modelNames(fragment).get(0), "DeepSeek-R1-0528 (81.0) is a variant of DeepSeek-R1");
    }

    @Test
    void shouldShowArchitectures() {
        page("/architectures").body(containsString("href=\"/architectures/moe\">MoE</a>")).body(containsString(">118</span>"));
        page("/architectures/moe").body(containsString("Showing 100 of 118 models"));
        fragment("/architectures/moe?page=2", "more-row").body(containsString("<td class=\"rank\">101</td>"))
                .body(containsString("Showing 118 of 118 models"));
    }

    static final int GPQA_MODELS = 206;

    @Test
    void shouldShowBenchmarksAndTheirRankings() {
        // Models with a GPQA score, each counted once with its variants (241 model records before the crosswalk review:
        // Kimi K2's four variants, o1's two …, and the llm-stats checkpoints a markdown row describes, Llama 3.3 70B Instruct …).
        page("/benchmarks").body(containsString("Humanity&#39;s Last Exam")).body(containsString(">" + GPQA_MODELS + "</td>"));
        String html = page("/benchmarks/gpqa").body(containsString(GPQA_MODELS + " models scored")).extract().asString();
        assertEquals("GPT-5", modelNames(html).get(0));
        // One setting ranked at a time: as many rows as its link says it has models.
        Matcher current = Pattern.compile("data-setting=\"([^\"]+)\" aria-current=\"true\">[^<]*<span class=\"muted\">(\\d+)</span>")
                .matcher(html);
        assertTrue(current.find(), "the ranked setting is marked");
        assertEquals(Integer.parseInt(current.group(2)), modelNames(html).size());
    }

    @Test
    void shouldCompressPages() {
        given().header("Accept-Encoding", "gzip").when().get("/").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }
}
