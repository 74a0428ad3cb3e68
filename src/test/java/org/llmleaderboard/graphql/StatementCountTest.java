package org.llmleaderboard.graphql;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.graphql.http.GraphQLResponseCache;

import java.util.Map;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmleaderboard.graphql.GraphQL.query;

/**
 * Relations never cost a query per parent: the number of SQL statements of a request does not grow
 * with the number of models, labs or scores it returns (Hibernate statistics, test profile). The sizes compared
 * stay within the query cost limit (50,000 values: 150 models with every score each is 41,700).
 */
@QuarkusTest
class StatementCountTest {

    private static final String PAGE = """
            query($first: Int) {
              models(first: $first, sort: { field: NAME, direction: ASC }) {
                totalCount
                items { slug lab { name slug modelCount } mmlu: score(benchmark: "mmlu") gpqa: score(benchmark: "gpqa")
                        scores { value sourceUrl benchmark { slug } model { slug } } } } }""";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    GraphQLResponseCache answers;

    @Inject
    org.llmleaderboard.service.read.BenchmarkCatalog catalog;

    @Inject
    org.llmleaderboard.service.read.PageCounts counts;

    private Statistics statistics;

    @BeforeEach
    void enableStatistics() {
        statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @Test
    void shouldAnswerARepeatedQueryFromTheCacheWithoutAStatement() {
        answers.clear();
        assertTrue(statementsFor(PAGE, Map.of("first", 100), 100, false) > 0, "the miss");
        assertEquals(0, statementsFor(PAGE, Map.of("first", 100), 100, false), "the hit");
        // The same document spaced otherwise, and its variables in another order: the same entry.
        String query = "query($first: Int, $asOf: String) { models(first: $first, filter: { asOf: $asOf }) { items { slug } } }";
        Map<String, Object> one = new java.util.LinkedHashMap<>();
        one.put("first", 5);
        one.put("asOf", "2025-09-01");
        Map<String, Object> other = new java.util.LinkedHashMap<>();
        other.put("asOf", "2025-09-01");
        other.put("first", 5);
        assertTrue(statementsFor(query, one, 5, false) > 0, "the miss");
        assertEquals(0, statementsFor(query.replace(" {", "\n  {"), other, 5, false), "the hit");
    }

    @Test
    void shouldLoadAPageOfModelsWithLabsAndScoresInConstantStatements() {
        long ten = statementsFor(PAGE, Map.of("first", 10), 10);
        long hundred = statementsFor(PAGE, Map.of("first", 100), 100);
        long hundredFifty = statementsFor(PAGE, Map.of("first", 150), 150);
        assertEquals(ten, hundred, "10 vs 100 models");
        assertEquals(ten, hundredFifty, "10 vs 150 models");
        // Count, ids, models+labs, tags, scores, benchmarks, plus the resolvers of the page query.
        assertTrue(ten <= 10, "statements per request: " + ten);
    }

    @Test
    void shouldLoadAPageOfModelsAsOfADateInAsManyStatementsAsToday() {
        String page = """
                query($first: Int, $asOf: String) {
                  models(first: $first, filter: { asOf: $asOf }, sort: { field: BENCHMARK, benchmark: "gpqa", direction: DESC }) {
                    totalCount
                    items { slug lab { name slug modelCount } gpqa: score(benchmark: "gpqa") scores { value benchmark { slug } model { slug } } } }
                  benchmark(slug: "gpqa") { ranking(first: $first, asOf: $asOf) { value model { slug } } } }""";
        long ten = statementsFor(page, Map.of("first", 10, "asOf", "2025-09-01"), 10);
        long hundred = statementsFor(page, Map.of("first", 100, "asOf", "2025-09-01"), 100);
        assertEquals(ten, hundred, "10 vs 100 models as of a date");
        // The date adds conditions to today's statements, never a statement of its own.
        assertEquals(statementsFor(page, Map.of("first", 100), 100), hundred, "as of a date vs today");
    }

    @Test
    void shouldReadAGraphQLRequestInAtMostOneTransaction() {
        statementsFor(PAGE, Map.of("first", 100), 100);
        assertTrue(statistics.getTransactionCount() <= 1, "transactions: " + statistics.getTransactionCount());
        statementsFor(MERGED, Map.of("first", 100), 100);
        assertTrue(statistics.getTransactionCount() <= 1, "transactions: " + statistics.getTransactionCount());
        answers.clear();
        statistics.clear();
        query("{ stats { models byArchitecture { slug count } } benchmarks { slug } labs { slug } }").body("errors", nullValue());
        assertTrue(statistics.getTransactionCount() <= 1, "transactions: " + statistics.getTransactionCount());
        assertTrue(statistics.getPrepareStatementCount() <= 4, "statements: " + statistics.getPrepareStatementCount());
    }

    /** The llm-stats relations: family, fine-tuned-from, aliases, facts and offerings, also batched. */
    private static final String MERGED = """
            query($first: Int) {
              models(first: $first, sort: { field: NAME, direction: ASC }) {
                items { slug licence openWeights family { slug } fineTunedFrom { slug } aliases facts { fact value citation }
                        offerings { provider inputPrice } scores { value origin verified } } } }""";

    @Test
    void shouldLoadTheMergedRelationsInConstantStatements() {
        long ten = statementsFor(MERGED, Map.of("first", 10), 10);
        long twoHundred = statementsFor(MERGED, Map.of("first", 200), 200);
        assertEquals(ten, twoHundred, "10 vs 200 models");
    }

    @Test
    void shouldLoadLabsWithTheirModelsInConstantStatements() {
        // Without the models' slugs: with Google DeepMind's 94 model records (Google's merged in) that query would cost
        // 50,344, over the limit; the models' labs are what this batches.
        String labs = """
                { labs { slug aliases modelCount models { lab { slug } } } }""";
        answers.clear();
        statistics.clear();
        query(labs).body("errors", nullValue()).body("data.labs", hasSize(173));
        long all = statistics.getPrepareStatementCount();
        String one = """
                { lab(slug: "deepseek-ai") { slug aliases modelCount models { lab { slug } } } }""";
        answers.clear();
        statistics.clear();
        query(one).body("errors", nullValue()).body("data.lab.models", hasSize(25));
        assertEquals(statistics.getPrepareStatementCount(), all, "173 labs vs one lab");
    }

    @Test
    void shouldLoadRankingsInConstantStatements() {
        String ranking = """
                query($first: Int) { benchmarks { slug ranking(first: $first) { value model { slug lab { name } } benchmark { slug } } } }""";
        long three = statementsFor(ranking, Map.of("first", 3), -1);
        long ten = statementsFor(ranking, Map.of("first", 10), -1);
        assertEquals(three, ten, "3 vs 10 ranked scores per benchmark");
    }

    @Test
    void shouldSayWhichVariantAScoreBelongsToWithoutAStatementOfItsOwn() {
        // Score.variant is read with the score (the model's variantOf, in the same statement): never a query per score.
        String without = """
                query($first: Int) { benchmarks { slug ranking(first: $first) { value model { slug } } } }""";
        String with = """
                query($first: Int) { benchmarks { slug ranking(first: $first) { value model { slug } variant { slug name } } } }""";
        assertEquals(statementsFor(without, Map.of("first", 10), -1), statementsFor(with, Map.of("first", 10), -1), "ranking with variants");
        // OpenAI's and Moonshot's models (GPT-4 Turbo, GPT-4o, o1, o3, Kimi K2 …) with their variants: the variants' scores
        // say so, and that adds no statement. (Fewer models may need fewer statements: a page without a model that has
        // variants skips reading them.)
        String page = """
                query($first: Int) { models(first: $first, filter: { labs: ["openai", "moonshot-ai"] }, sort: { field: NAME, direction: ASC }) {
                  items { slug scores { value } variants { slug scores { value model { slug } } } } } }""";
        String withVariant = """
                query($first: Int) { models(first: $first, filter: { labs: ["openai", "moonshot-ai"] }, sort: { field: NAME, direction: ASC }) {
                  items { slug scores { value variant { slug } } variants { slug scores { value model { slug } variant { slug name } } } } } }""";
        assertEquals(statementsFor(page, Map.of("first", 40), -1), statementsFor(withVariant, Map.of("first", 40), -1),
                "40 models, their variants and scores");
    }

    @Test
    void shouldCountTheSourcesAndNameEachScoresSourceWithoutAStatementPerScore() {
        assertTrue(statementsFor("{ sources { id counts { scores facts } lastImport } }", Map.of(), -1) <= 3, "sources");
        String page = """
                query($first: Int) { models(first: $first, sort: { field: NAME, direction: ASC }) { items { scores { value origin } } } }""";
        String withSource = """
                query($first: Int) { models(first: $first, sort: { field: NAME, direction: ASC }) {
                  items { scores { value origin source { name url licence } } } } }""";
        assertEquals(statementsFor(page, Map.of("first", 100), 100), statementsFor(withSource, Map.of("first", 100), 100),
                "100 models' scores with their sources");
    }

    /** The statements of running the document; its answer is not in the cache (which would answer with none). */
    private long statementsFor(String document, Map<String, Object> variables, int expectedItems) {
        return statementsFor(document, variables, expectedItems, true);
    }

    private long statementsFor(String document, Map<String, Object> variables, int expectedItems, boolean uncached) {
        if (uncached) {
            // A cold request: no cached answer, benchmark list or count (each is read once per data version).
            answers.clear();
            catalog.clear();
            counts.clear();
        }
        statistics.clear();
        var response = query(document, variables).body("errors", nullValue());
        if (expectedItems >= 0) {
            response.body("data.models.items", hasSize(expectedItems));
        }
        return statistics.getPrepareStatementCount();
    }
}
