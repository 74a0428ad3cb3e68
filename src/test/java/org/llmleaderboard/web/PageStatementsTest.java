package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each page reads in one transaction and a bounded number of statements, whatever its size (Hibernate statistics,
 * test profile). Every URL is one of its own, so the page cache has no copy of it. Kept out of {@code PagesTest},
 * which {@code PagesIT} re-runs against the packaged app, where no bean can be injected.
 */
@QuarkusTest
class PageStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    org.llmleaderboard.service.read.BenchmarkCatalog catalog;

    @Inject
    org.llmleaderboard.service.read.PageCounts counts;

    @Inject
    org.llmleaderboard.service.read.InsightsService insights;

    private Statistics statistics;

    @BeforeEach
    void enableStatistics() {
        statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @Test
    void shouldReadTheLeaderboardInOneTransactionAndAtMostTenStatements() {
        assertPage("/?_=statements-1", 10);
        assertPage("/?page=2&_=statements-1", 10);
        assertPage("/?sort=gpqa&dir=desc&lab=openai&tag=reasoning&_=statements-1", 10);
        assertPage("/?q=deepseek&col=gpqa&col=aime-2025&weights=open&families=only&_=statements-1", 10);
        // Five pages of rows ("more") in the same statements as one.
        assertPage("/?sort=gpqa&dir=desc&more=4&_=statements-1", 10);
    }

    @Test
    void shouldReadTheLeaderboardAndARankingAsOfADateInAsFewStatementsAsToday() {
        // The date adds conditions to the same statements (and a correlated look-up per model to the sort), none of its own.
        assertPage("/?asOf=2025-09-01&_=statements-11", 10);
        assertPage("/?asOf=2025-09-01&sort=gpqa&dir=desc&lab=openai&page=2&_=statements-11", 10);
        assertPage("/labs/openai?asOf=2024-01-01&_=statements-11", 10);
        assertPage("/benchmarks/gpqa?asOf=2025-09-01&_=statements-11", 10);
    }

    @Test
    void shouldReadTheLeaderboardWithEveryModelTraitInAsFewStatementsAsWithout() {
        // The traits are conditions on the model's own columns: no statement of their own.
        assertPage("/?weights=open&minParams=1&maxParams=40&minActive=1&maxActive=40&releasedAfter=2025-01-01&modality=image"
                + "&reasoning=yes&commercial=yes&_=statements-12", 10);
    }

    @Test
    void shouldReadTheRankingPageInOneTransactionAndOneStatement() {
        assertPage("/about/ranking?_=statements-12", 1);
    }

    @Test
    void shouldReadTheLeaderboardFragmentInOneTransaction() {
        statistics.clear();
        given().header("HX-Request", "true").when().get("/?sort=name&_=statements-2").then().statusCode(200);
        report("/ (htmx)", 10);
    }

    @Test
    void shouldReadAModelPageInOneTransactionAndAtMostTwelveStatements() {
        assertPage("/models/deepseek-ai/deepseek-r2?_=statements-3", 12);
        assertPage("/models/openai/gpt-5?_=statements-3", 12);
    }

    @Test
    void shouldReadTheDataQualityReportInOneTransactionAndFourStatements() {
        // every model, benchmarks without a family and their count, out-of-range scores: whatever the size of the data
        assertPage("/data-quality?_=statements-9", 4);
    }

    @Test
    void shouldReadTheLabAndArchitecturePagesInOneTransaction() {
        assertPage("/labs?_=statements-4", 10);
        assertPage("/labs/openai?_=statements-4", 10);
        assertPage("/labs/deepseek-ai?sort=name&_=statements-4", 10);
        assertPage("/architectures?_=statements-4", 10);
        assertPage("/architectures/moe?_=statements-4", 10);
    }

    @Test
    void shouldReadTheBenchmarkStatsAndPricePagesInOneTransaction() {
        assertPage("/benchmarks?_=statements-5", 10);
        assertPage("/benchmarks/gpqa?_=statements-5", 10);
        assertPage("/stats?_=statements-5", 10);
        assertPage("/prices?_=statements-5", 10);
    }

    @Test
    void shouldReadTheSourcesPageInOneTransactionAndThreeStatements() {
        // the counts of every source in one grouped statement, the bundled loads, the last imports
        assertPage("/sources?_=statements-10", 3);
    }

    @Test
    void shouldServeThePlaygroundWithoutAnyStatement() {
        // The page holds no data (its footer comes from the source registry, code): GraphiQL asks /graphql itself.
        statistics.clear();
        given().when().get("/playground?_=statements-12").then().statusCode(200);
        assertEquals(0, statistics.getPrepareStatementCount(), "statements");
        assertEquals(0, statistics.getTransactionCount(), "transactions");
    }

    @Test
    void shouldAnswerEveryPageTypeAskedForAgainWithoutAStatement() {
        // A page that reads thousands of rows (the price table reads every offering) must not read them per request.
        for (PageType type : PageType.ALL) {
            if (type.name().equals("not-found") || type.name().equals("bad-request")) {
                continue;
            }
            String url = type.path() + (type.path().contains("?") ? "&" : "?") + "_=statements-again";
            given().when().get(url).then().statusCode(200);
            statistics.clear();
            given().when().get(url).then().statusCode(200);
            assertEquals(0, statistics.getPrepareStatementCount(), url + " asked for again: statements");
        }
        // A view export up to leaderboard.cache.export-max-rows (500 here) is kept; a larger one is read again.
        for (String url : List.of("/export.csv?lab=openai&_=statements-again", "/export.json?lab=openai&_=statements-again")) {
            given().when().get(url).then().statusCode(200);
            statistics.clear();
            given().when().get(url).then().statusCode(200);
            assertEquals(0, statistics.getPrepareStatementCount(), url + " asked for again: statements");
        }
        given().when().get("/export.csv?_=statements-again").then().statusCode(200);
        statistics.clear();
        given().when().get("/export.csv?_=statements-again").then().statusCode(200);
        assertTrue(statistics.getPrepareStatementCount() > 0, "738 rows, streamed again: " + statistics.getPrepareStatementCount());
    }

    @Test
    void shouldReadAPageAskedForByManyClientsAtOnceOnlyOnce() throws Exception {
        String once = "/?sort=gpqa&dir=desc&arch=moe&_=statements-herd-0";
        String together = "/?sort=gpqa&dir=desc&arch=moe&_=statements-herd-1";
        given().when().get(once).then().statusCode(200);
        statistics.clear();
        given().when().get(once.replace("herd-0", "herd-2")).then().statusCode(200);
        long alone = statistics.getPrepareStatementCount();
        assertTrue(alone > 0, "the page was read");

        // Eight clients ask for a page nobody has asked for yet, at the same moment: one reads and renders it, the
        // others wait for that render (or find it stored), so the database sees the statements of one request.
        statistics.clear();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return given().when().get(together).then().statusCode(200).extract().asString();
                }));
            }
            start.countDown();
            Set<String> bodies = new HashSet<>();
            for (Future<String> answer : answers) {
                bodies.add(answer.get());
            }
            assertEquals(1, bodies.size(), "every client got the same page");
        } finally {
            clients.shutdownNow();
        }
        long statements = statistics.getPrepareStatementCount();
        assertTrue(statements <= alone, "eight clients at once: " + statements + " statements, one client: " + alone);
    }

    private void assertPage(String url, int maxStatements) {
        // A cold page: the benchmark list, the facets and the counts are read once per data version.
        catalog.clear();
        counts.clear();
        insights.clearFacets();
        statistics.clear();
        given().when().get(url).then().statusCode(200);
        report(url, maxStatements);
    }

    private void report(String url, int maxStatements) {
        long statements = statistics.getPrepareStatementCount();
        long transactions = statistics.getTransactionCount();
        System.out.printf("PAGE-STATEMENTS %s: %d transactions, %d statements%n", url, transactions, statements);
        assertTrue(statements > 0, url + " was rendered");
        assertTrue(statements <= maxStatements, url + ": " + statements + " statements");
        assertTrue(transactions <= 1, url + ": " + transactions + " transactions");
    }
}
