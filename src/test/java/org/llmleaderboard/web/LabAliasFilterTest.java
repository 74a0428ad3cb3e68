package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lab's alias filters its lab everywhere: "google" (the markdown set's lab, merged into Google DeepMind through
 * {@code crosswalk/labs.csv}) and "qwen" (llm-stats' organization id for Alibaba's Qwen models), in the leaderboard's
 * URL, the REST API and GraphQL, as {@code /labs/google} answers 301 to Google DeepMind's page.
 */
@QuarkusTest
class LabAliasFilterTest {

    private static int shown(String path) {
        String html = given().when().get(path).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("Showing [0-9–]+ of ([0-9]+) models").matcher(html);
        assertTrue(m.find(), path);
        return Integer.parseInt(m.group(1));
    }

    private static int graphqlTotal(String lab) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ models(filter: {labs: [\"" + lab + "\"]}) { totalCount } }"))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath().getInt("data.models.totalCount");
    }

    @Test
    void shouldFilterGoogleDeepMindWhenTheUrlNamesGoogle() {
        int deepMind = shown("/?lab=google-deepmind");
        assertTrue(deepMind > 80, "Google DeepMind's rows, Google's older models included: " + deepMind);
        assertEquals(deepMind, shown("/?lab=google"));
        String html = given().when().get("/?lab=Google").then().statusCode(200).extract().asString();
        assertFalse(html.contains("No lab &#39;Google&#39;"), "an alias is no unknown lab");
        assertTrue(html.contains("PaLM"), "Google's PaLM is among them");
    }

    @Test
    void shouldFilterByAnAliasInGraphQLAndTheRestApi() {
        assertEquals(graphqlTotal("google-deepmind"), graphqlTotal("google"));
        assertEquals(graphqlTotal("alibaba"), graphqlTotal("qwen"));
        assertTrue(graphqlTotal("qwen") > 0);
        assertEquals(0, graphqlTotal("no-such-lab"));
        java.util.List<String> aliases = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ lab(slug: \"google-deepmind\") { aliases } }"))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath().getList("data.lab.aliases");
        assertTrue(aliases.contains("google"), "the merged lab is an alias: " + aliases);
        assertTrue(given().contentType(ContentType.JSON).body(Map.of("query", "{ lab(slug: \"alibaba\") { aliases } }"))
                .when().post("/graphql").then().extract().jsonPath().getList("data.lab.aliases").contains("qwen"));
        int api = given().when().get("/api/models?lab=google").then().statusCode(200).extract().jsonPath().getInt("total");
        assertEquals(graphqlTotal("google-deepmind"), api);
    }
}
