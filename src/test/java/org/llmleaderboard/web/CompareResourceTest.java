package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /compare} over the bundled data: GPT-4o, Claude 3.5 Sonnet and Llama 3.1 405B share MMLU, GPQA and more. */
@QuarkusTest
class CompareResourceTest {

    static final String GPT_4O = "openai/gpt-4o";
    static final String SONNET = "anthropic/claude-35-sonnet";
    static final String LLAMA = "meta-ai/llama-31-405b";
    static final String THREE = "/compare?models=" + GPT_4O + "," + SONNET + "," + LLAMA;

    private static ValidatableResponse page(String path) {
        return given().redirects().follow(false).when().get(path).then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void shouldShowThreeModelsSideBySideWithTheirFactsAndSharedBenchmarks() {
        String html = page(THREE)
                .body(containsString("<title>Compare GPT-4o, Claude 3.5 Sonnet and Llama 3.1 405B · LLM Leaderboard</title>"))
                .body(containsString("<a class=\"compare-name\" href=\"/models/openai/gpt-4o\">GPT-4o</a>"))
                .body(containsString("<a class=\"compare-name\" href=\"/models/meta-ai/llama-31-405b\">Llama 3.1 405B</a>"))
                .body(containsString("id=\"shared-benchmarks\""))
                .extract().asString();
        // The labs differ: the row is marked with a class and a visible sign, not by colour alone.
        assertTrue(Pattern.compile("<tr class=\"differs\">\\s*<th scope=\"row\" class=\"compare-label\">Lab <span class=\"differs-mark\"")
                .matcher(html).find(), "the lab row is marked as differing");
        assertTrue(html.contains("<td>OpenAI</td><td>Anthropic</td><td>Meta AI</td>"), "the labs in the models' order");
        // MMLU is shared, one cell per model, each linked to where it comes from.
        Matcher mmlu = Pattern.compile("<th scope=\"row\" class=\"compare-label\"><a href=\"/benchmarks/mmlu\\?setting=[^\"]+\">MMLU</a>(.*?)</tr>",
                Pattern.DOTALL).matcher(html);
        assertTrue(mmlu.find(), "an MMLU row");
        assertTrue(mmlu.group(1).contains("88.7%"), "GPT-4o's MMLU, 88.7%: " + mmlu.group(1));
        assertTrue(mmlu.group(1).contains("best"), "the best score of the row is marked in words");
        // The chart: a bar per model, drawn as SVG (no inline style), with its value as text beside it.
        assertTrue(html.contains("<rect class=\"compare-fill\" width=\"88.7\" height=\"4\"></rect>"), "GPT-4o's MMLU bar is 88.7 long");
        assertTrue(html.contains("<span class=\"compare-bar-label\">Claude 3.5 Sonnet</span>"));
        assertTrue(!html.contains("style="), "no inline style under the Content-Security-Policy");
        // Each model can be removed in place (htmx) or by the link itself.
        assertTrue(html.contains("href=\"/compare?models=" + SONNET + "," + LLAMA + "\" hx-get=\"/compare?models=" + SONNET + "," + LLAMA
                + "\" hx-target=\"#comparison\" hx-swap=\"outerHTML\" hx-push-url=\"true\" aria-label=\"Remove GPT-4o from the comparison\""));
        assertTrue(html.contains("<a class=\"compare-link\" href=\"" + THREE + "\">"), "the address to share");
    }

    @Test
    void shouldAnswerTheComparisonRegionAloneForHtmx() {
        given().header("HX-Request", "true").when().get("/compare?models=" + SONNET + "," + LLAMA).then().statusCode(200)
                .header("Vary", containsString("HX-Request"))
                .body(startsWith("<section id=\"comparison\""))
                .body(not(containsString("<html")))
                .body(containsString("Claude 3.5 Sonnet"))
                .body(not(containsString("compare-name\" href=\"/models/openai/gpt-4o\"")));
    }

    @Test
    void shouldRedirectToTheCanonicalAddressWhenModelsAreRepeatedAliasedOrDuplicated() {
        // As the leaderboard's form sends them (one models= per box).
        given().redirects().follow(false).when().get("/compare?models=" + GPT_4O + "&models=" + SONNET).then().statusCode(303)
                .header("Location", endsWith("/compare?models=" + GPT_4O + "," + SONNET));
        // An alias (llm-stats' id of GPT-4o's first snapshot) and a duplicate: the order as given, each model once.
        given().redirects().follow(false).when().get("/compare?models=" + SONNET + ",gpt-4o-2024-05-13," + SONNET + ", " + GPT_4O)
                .then().statusCode(303)
                .header("Location", endsWith("/compare?models=" + SONNET + "," + GPT_4O));
    }

    @Test
    void shouldAskForAnotherModelWhenOnlyOneIsNamed() {
        page("/compare?models=" + GPT_4O)
                .body(containsString("Only GPT-4o so far: add another model to compare"))
                .body(containsString("href=\"/?compare=" + GPT_4O + "\""))
                .body(not(containsString("id=\"shared-benchmarks\"")));
    }

    @Test
    void shouldRefuseNoModelsOrMoreThanSixWithTheBadRequestPage() {
        given().when().get("/compare").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Name 2 to 6 models to compare"))
                .body(containsString("class=\"site-header\""));
        given().when().get("/compare?models=,,").then().statusCode(400);
        given().when().get("/compare?models=openai/gpt-4o,anthropic/claude-35-sonnet,meta-ai/llama-31-405b,openai/gpt-5,"
                + "deepseek-ai/deepseek-r2,openai/gpt-4o-mini,anthropic/claude-opus-4").then().statusCode(400)
                .body(containsString("7 models were named; at most 6 can be compared at once"));
        given().when().get("/compare?models=" + "x".repeat(301) + "," + GPT_4O).then().statusCode(400);
    }

    @Test
    void shouldAnswerNotFoundForAModelThatDoesNotExist() {
        given().when().get("/compare?models=" + GPT_4O + ",nobody/nothing").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("No model &#39;nobody/nothing&#39; to compare"))
                .body(containsString("class=\"site-header\""));
        given().header("HX-Request", "true").when().get("/compare?models=" + GPT_4O + ",<script>").then().statusCode(404)
                .body(not(containsString("<script>")));
    }

    @Test
    void shouldOfferCompareBoxesOnTheLeaderboardAndAnAddLinkOnModelPages() {
        page("/")
                .body(containsString("<form id=\"compare-form\" class=\"compare-bar\" method=\"get\" action=\"/compare\">"))
                .body(containsString("<input type=\"checkbox\" name=\"models\" value=\"anthropic/claude-opus-4\" form=\"compare-form\" data-compare-pick>"))
                .body(containsString("<script src=\"/js/compare.js?v="));
        page("/models/openai/gpt-4o")
                .body(containsString("href=\"/compare?models=openai/gpt-4o\" data-compare-add=\"openai/gpt-4o\">Add to compare</a>"));
        given().when().get("/js/compare.js").then().statusCode(200).body(containsString("compare-selection"));
    }
}
