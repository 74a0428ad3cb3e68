package org.llmleaderboard.service.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.identity.ModelNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, "one row per model", on the bundled data: the duplicates it reports are one row each, their snapshots
 * variants with their own scores, found by any snapshot's name, counted once everywhere. Reads only.
 */
@QuarkusTest
class ModelIdentityTest {

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    org.llmleaderboard.service.read.BenchmarkCatalog catalog;

    static ValidatableResponse graphql(String document, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", document, "variables", variables))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
    }

    private static final String MODEL = """
            query($slug: String!) { model(slug: $slug) { slug name variantOf { slug name } variantCount
              variants { slug name scores { value benchmark { slug } } } } }""";

    @Test
    void shouldListGpt4oOnceWithItsApiSnapshotsAsVariants() {
        graphql(MODEL, Map.of("slug", "openai/gpt-4o"))
                .body("data.model.variantOf", nullValue())
                .body("data.model.variants.slug", hasItems("openai/gpt-4o-2024-08-06", "openai/gpt-4o-2024-11-20"))
                .body("data.model.variants.find { it.slug == 'openai/gpt-4o-2024-08-06' }.name", equalTo("GPT-4o 2024-08-06"));
        graphql(MODEL, Map.of("slug", "openai/gpt-4o-2024-08-06"))
                .body("data.model.variantOf.slug", equalTo("openai/gpt-4o"));
        graphql("{ models(filter: { search: \"gpt-4o\" }, first: 50) { items { slug } } }", Map.of())
                .body("data.models.items.slug", hasItem("openai/gpt-4o"))
                .body("data.models.items.slug", not(hasItem("openai/gpt-4o-2024-08-06")))
                .body("data.models.items.slug", not(hasItem("openai/gpt-4o-2024-11-20")));
    }

    @Test
    void shouldMakeClaude35SonnetNewAndItsLlmStatsSnapshotOneVariant() {
        graphql(MODEL, Map.of("slug", "anthropic/claude-35-sonnet-new"))
                .body("data.model.variantOf.slug", equalTo("anthropic/claude-35-sonnet"));
        // llm-stats' claude-3-5-sonnet-20241022 is that very record (the crosswalk), not a model of its own.
        graphql(MODEL, Map.of("slug", "anthropic/claude-3-5-sonnet-20241022"))
                .body("data.model.slug", equalTo("anthropic/claude-35-sonnet-new"));
        given().redirects().follow(false).when().get("/models/anthropic/claude-3-5-sonnet-20241022").then()
                .statusCode(301).header("Location", containsString("/models/anthropic/claude-35-sonnet-new"));
    }

    @Test
    void shouldMakeKimiK20905AndGemini25ProPreviewVariants() {
        graphql(MODEL, Map.of("slug", "moonshot-ai/kimi-k2"))
                .body("data.model.variants.slug", hasItems("moonshot-ai/kimi-k2-instruct-0905", "moonshot-ai/kimi-k2-0905"));
        graphql(MODEL, Map.of("slug", "google-deepmind/gemini-25-pro"))
                .body("data.model.variantOf", nullValue())
                .body("data.model.variants.slug", hasItems("google-deepmind/gemini-25-pro-06-05", "google-deepmind/gemini-25-pro-preview"));
        graphql(MODEL, Map.of("slug", "google/gemini-2.5-pro-preview-06-05"))
                .body("data.model.slug", equalTo("google-deepmind/gemini-25-pro-06-05"));
    }

    /**
     * A checkpoint the markdown page describes is that model, not a second row: Llama 3.3 was released only as Llama
     * 3.3 70B Instruct, so llm-stats' record joins the markdown row (its licence, open weights and scores with it), and
     * the slug an earlier release gave the record answers 301. A base checkpoint stays a variant (Mistral Small 3's).
     */
    @Test
    void shouldMatchTheCheckpointAMarkdownPageDescribesAndRedirectItsOldSlug() {
        graphql("""
                { model(slug: "meta-ai/llama-33") { variantOf { slug } openWeights licence aliases scores { value } } }""", Map.of())
                .body("data.model.variantOf", nullValue())
                .body("data.model.openWeights", equalTo(true))
                .body("data.model.licence", notNullValue())
                .body("data.model.aliases", hasItems("meta/llama-3.3-70b-instruct", "meta-ai/llama-33-70b-instruct"))
                .body("data.model.scores.size()", org.hamcrest.Matchers.greaterThan(5));
        given().redirects().follow(false).when().get("/models/meta-ai/llama-33-70b-instruct").then()
                .statusCode(301).header("Location", containsString("/models/meta-ai/llama-33"));
        graphql(MODEL, Map.of("slug", "mistral/mistral-small-3"))
                .body("data.model.variants.slug", hasItem("mistral/mistral-small-24b-base-2501"));
        graphql(MODEL, Map.of("slug", "google-deepmind/gemma-3n-e2b"))
                .body("data.model.variants.slug", hasItems("google-deepmind/gemma-3n-e2b-it", "google-deepmind/gemma-3n-e2b-it-litert-preview"));
    }

    @Test
    void shouldFindTheModelBySearchingForAnySnapshotName() {
        for (String q : List.of("gpt-4o-2024-08-06", "gpt-4o-2024-11-20", "Claude 3.5 Sonnet 20241022", "Kimi K2 0905",
                "Gemini 2.5 Pro Preview 06-05")) {
            List<String> found = graphql("query($q: String) { models(filter: { search: $q }, first: 20) { items { slug } } }", Map.of("q", q))
                    .extract().path("data.models.items.slug");
            String expected = q.startsWith("gpt") ? "openai/gpt-4o" : q.startsWith("Claude") ? "anthropic/claude-35-sonnet"
                    : q.startsWith("Kimi") ? "moonshot-ai/kimi-k2" : "google-deepmind/gemini-25-pro";
            assertTrue(found.contains(expected), q + " finds " + found);
        }
    }

    @Test
    void shouldHaveNoTwoLeaderboardRowsWhoseNormalisedNamesCollide() {
        List<Object[]> rows = em.createQuery("select m.slug, m.name, m.lab.slug from LanguageModel m where m.variantOf is null",
                Object[].class).getResultList();
        Map<String, List<String>> byKey = new TreeMap<>();
        for (Object[] r : rows) {
            byKey.computeIfAbsent(r[2] + " " + ModelNames.variantKey((String) r[1]), k -> new ArrayList<>()).add((String) r[0]);
        }
        List<String> collisions = byKey.entrySet().stream().filter(e -> e.getValue().size() > 1).map(e -> e.getKey() + " " + e.getValue()).toList();
        assertEquals(List.of(), collisions);
    }

    @Test
    void shouldCountTheSameCanonicalRowsOnTheLeaderboardInGraphqlAndInExports() {
        long rows = em.createQuery("select count(m) from LanguageModel m where m.variantOf is null", Long.class).getSingleResult();
        long all = em.createQuery("select count(m) from LanguageModel m", Long.class).getSingleResult();
        assertTrue(rows < all, "variants are no rows: " + rows + " of " + all);
        graphql("{ models(first: 1) { totalCount } }", Map.of()).body("data.models.totalCount", equalTo((int) rows));
        given().when().get("/").then().statusCode(200).body(containsString("Showing 100 of " + rows + " models"));
        String csv = given().when().get("/export.csv").then().statusCode(200).extract().asString();
        assertEquals(rows, csv.split("\r\n").length - 1, "one CSV record per row, after the header");
        given().when().get("/api/models?first=1").then().statusCode(200).body("total", equalTo((int) rows));
    }

    @Test
    void shouldUnfoldARowsVariantsFromOneUrlAsPageOrHtmxFragment() {
        given().when().get("/?q=gpt-4o").then().statusCode(200)
                .body(containsString("hx-get=\"/models/openai/gpt-4o/variants\""));
        given().header("HX-Request", "true").when().get("/models/openai/gpt-4o/variants").then().statusCode(200)
                .header("Vary", containsString("HX-Request"))
                .body(containsString("<tr class=\"variant-row\">"))
                .body(containsString("<a href=\"/models/openai/gpt-4o-2024-08-06\">GPT-4o 2024-08-06</a>"))
                .body(not(containsString("<html")));
        given().when().get("/models/openai/gpt-4o/variants").then().statusCode(200)
                .body(containsString("<h1>GPT-4o: variants</h1>"))
                .body(not(containsString("variant-row")));
        given().when().get("/models/openai/no-such-model/variants").then().statusCode(404);
        given().redirects().follow(false).when().get("/models/openai/gpt-4o-2024-05-13/variants").then().statusCode(301)
                .header("Location", containsString("/models/openai/gpt-4o/variants"));
    }

    @Test
    void shouldListVariantsOnTheModelPageAndLinkTheModelFromAVariantsPage() {
        given().when().get("/models/openai/gpt-4o").then().statusCode(200)
                .body(containsString("<h2 id=\"variants-heading\">Variants</h2>"))
                .body(containsString("<a href=\"/models/openai/gpt-4o-2024-11-20\">gpt-4o-2024-11-20</a>"));
        given().when().get("/models/openai/gpt-4o-2024-08-06").then().statusCode(200)
                .body(containsString("A variant of <a href=\"/models/openai/gpt-4o\">GPT-4o</a>"))
                .body(containsString("Benchmarks <span class=\"muted small\">of this variant</span>"));
    }

    @Test
    void shouldLoadVariantsOfAPageOfModelsInConstantStatements() {
        String page = """
                query($first: Int, $q: String) { models(first: $first, filter: { search: $q }, sort: { field: NAME, direction: ASC }) {
                  items { slug variantOf { slug } variantCount variants { slug scores { value } } aliases } } }""";
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        // The search vocabulary is read once per data version: read it first. Then both requests are measured cold
        // for what each page reads (the benchmark list, which is also kept per data version, read again by each).
        graphql(page, Map.of("first", 2, "q", "GPT"));
        catalog.clear();
        statistics.clear();
        // GPT-4o first by name: one model, with variants.
        graphql(page, Map.of("first", 1, "q", "GPT-4o")).body("data.models.items[0].slug", equalTo("openai/gpt-4o"));
        long five = statistics.getPrepareStatementCount();
        catalog.clear();
        statistics.clear();
        graphql(page, Map.of("first", 150, "q", "o"));
        long many = statistics.getPrepareStatementCount();
        assertEquals(five, many, "1 vs 150 models with their variants");
    }
}
