package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forgiving search on the bundled data: spellings, typos, aliases and labs, ranking, and the suggestions. */
@QuarkusTest
class SearchTest {

    /** "gpt 4o", "gpt4o", "GPT-4o", and with a non-breaking hyphen, a minus sign, an en dash and fullwidth letters. */
    static final List<String> SPELLINGS = List.of("gpt 4o", "gpt4o", "GPT-4o", "gpt\u20114o", "gpt\u22124o", "GPT\u20134o",
            "\uFF27\uFF30\uFF34\uFF0D\uFF14\uFF4F");

    @Inject
    SessionFactory sessionFactory;

    private static JsonPath api(String q) {
        return given().queryParam("q", q).queryParam("first", 50).when().get("/api/models")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldFindGpt4oFirstHoweverItsNameIsWritten() {
        for (String q : SPELLINGS) {
            assertEquals("openai/gpt-4o", api(q).getString("items[0].slug"), q);
            given().queryParam("q", q).when().get("/").then().statusCode(200)
                    .body(containsString("href=\"/models/openai/gpt-4o\""));
        }
    }

    @Test
    void shouldCorrectOneTypoInAWordOfFiveLettersOrMore() {
        assertTrue(api("calude").getList("items.name", String.class).stream().allMatch(n -> n.contains("Claude")));
        assertTrue(api("calude sonnet").getList("items.name", String.class).contains("Claude 3.5 Sonnet"));
        assertTrue(api("gemnii").getList("items.name", String.class).stream().anyMatch(n -> n.startsWith("Gemini")));
        assertTrue(api("mistrl").getList("items.name", String.class).stream().anyMatch(n -> n.startsWith("Mistral")));
        // Four letters are too few to correct: "gpt5o" is no typo of a short word, "lama" finds Llama as typed.
        given().get("/api/models?q=xpt4&first=1").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldMatchEachWordAgainstTheNameTheLabAndTheAliases() {
        assertEquals("deepseek-ai/deepseek-r1", api("deepseek r1").getString("items[0].slug"));
        JsonPath sonnets = api("anthropic sonnet");
        assertTrue(sonnets.getInt("total") >= 3);
        assertTrue(sonnets.getList("items.name", String.class).stream().allMatch(n -> n.contains("Sonnet")));
        assertTrue(sonnets.getList("items.lab.slug", String.class).stream().allMatch("anthropic"::equals));
        // An alias: llm-stats' id of a variant of Claude 3.5 Sonnet, written with spaces.
        assertTrue(api("claude 3 5 sonnet 20241022").getList("items.name", String.class).stream().anyMatch(n -> n.startsWith("Claude 3.5 Sonnet")));
    }

    @Test
    void shouldRankExactThenPrefixMatchesBeforeTheRest() {
        List<String> names = api("gpt-4o").getList("items.name", String.class);
        assertEquals("GPT-4o", names.get(0));
        int firstOther = names.size();
        for (int i = 0; i < names.size(); i++) {
            if (!key(names.get(i)).startsWith("gpt4o")) {
                firstOther = Math.min(firstOther, i);
            } else {
                assertTrue(i < firstOther || firstOther == names.size(), names.get(i) + " (a prefix match) after " + names);
            }
        }
        // Within a group the chosen sort applies: by name here.
        List<String> byName = given().get("/api/models?q=gemini&sort=name&dir=asc&first=50").then().statusCode(200)
                .extract().jsonPath().getList("items.name", String.class);
        List<String> prefixed = byName.stream().filter(n -> key(n).startsWith("gemini")).toList();
        assertEquals(prefixed, byName.subList(0, prefixed.size()));
        assertEquals(prefixed.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), prefixed.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    @Test
    void shouldAnswerSuggestionsAsListboxOptionsForHtmx() {
        String html = given().header("HX-Request", "true").queryParam("q", "gpt 4o").when().get("/search/suggest")
                .then().statusCode(200).header("Vary", containsString("HX-Request"))
                .body(not(containsString("<html")))
                .extract().asString();
        assertTrue(html.indexOf("role=\"option\"") >= 0, html);
        assertTrue(html.indexOf("href=\"/models/openai/gpt-4o\"") < html.indexOf("href=\"/models/openai/gpt-4o-mini\""), html);
        assertTrue(html.contains(">OpenAI<"), "each with its lab");
        int options = html.split("role=\"option\"", -1).length - 1;
        assertTrue(options >= 2 && options <= 8, options + " options");
        given().header("HX-Request", "true").queryParam("q", "claude").when().get("/search/suggest").then().statusCode(200)
                .body(containsString("id=\"q-option-8\"")).body(not(containsString("id=\"q-option-9\"")));
        given().header("HX-Request", "true").when().get("/search/suggest?q=").then().statusCode(200)
                .body(not(containsString("role=\"option\"")));
    }

    @Test
    void shouldServeSuggestionsAsAPageWithoutHtmx() {
        given().queryParam("q", "calude").when().get("/search/suggest").then().statusCode(200)
                .body(containsString("<html")).body(containsString("Models matching “calude”"))
                .body(containsString("href=\"/models/anthropic/claude-35-sonnet\""))
                .body(containsString("href=\"/?q=calude\""));
        given().queryParam("q", "x".repeat(201)).when().get("/search/suggest").then().statusCode(400)
                .body(containsString("at most 200 characters"));
    }

    @Test
    void shouldOfferTheSuggestionsBesideTheSearchBox() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("role=\"combobox\""))
                .body(containsString("aria-controls=\"q-suggestions\""))
                .body(containsString("hx-get=\"/search/suggest\""))
                .body(containsString("hx-trigger=\"input changed delay:200ms from:#q\""))
                .body(containsString("aria-live=\"polite\""))
                .body(containsString("src=\"/js/search.js"));
    }

    @Test
    void shouldSuggestInOneTransactionAndFewStatements() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        given().header("HX-Request", "true").when().get("/search/suggest?q=deepseek&_=statements-search").then().statusCode(200);
        long statements = statistics.getPrepareStatementCount();
        assertTrue(statements > 0 && statements <= 8, statements + " statements");
        assertTrue(statistics.getTransactionCount() <= 1);
    }

    @Test
    void shouldFindNothingForPunctuationAlone() {
        given().get("/api/models?q=-%2F-&first=5").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/models?q=tulu&first=50").then().statusCode(200).body("items.name", hasItem("TÜLU 3"));
        given().get("/api/models?q=zzzzzzzz&first=5").then().statusCode(200).body("items", everyItem(not(equalTo(null))))
                .body("total", equalTo(0));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
