package org.llmleaderboard.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leaderboard in a real browser (headless Debian Chromium): htmx sorting, searching, filtering,
 * loading more rows and the back button, over the bundled data (738 rows: 784 models, 46 of them variants).
 */
@QuarkusTest
class LeaderboardBrowserTest extends BrowserTestBase {

    private static final Pattern COUNT = Pattern.compile("Showing (\\d+) of (\\d+) models");
    private static final String MISSING = "–";

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void openLeaderboard() {
        browser.open(base);
        assertEquals("Showing 100 of 738 models", browser.text("#result-count"));
    }

    /** Every test runs under the app's Content-Security-Policy: nothing it did may have been blocked. */
    @AfterEach
    void shouldHaveRunWithoutAContentSecurityPolicyViolation() {
        assertEquals(List.of(), browser.cspViolations(), "Content-Security-Policy violations");
    }

    @Test
    void shouldShowEveryPageAndItsHtmxUpdatesUnderTheContentSecurityPolicy() throws MalformedURLException {
        assertEquals(List.of(), browser.cspViolations(), "leaderboard");
        for (String path : new String[] { "/labs", "/labs/openai", "/architectures", "/architectures/moe", "/benchmarks", "/benchmarks/gpqa",
                "/models/deepseek-ai/deepseek-r2" }) {
            browser.open(new URL(base, path));
            assertEquals(List.of(), browser.cspViolations(), path);
        }
        // A lab's table sorts in place.
        browser.open(new URL(base, "/labs/openai"));
        browser.click("#leaderboard thead th[data-sort='name'] a");
        browser.await("lab sorted by name", d -> d.getCurrentUrl().endsWith("/labs/openai?sort=name&dir=asc"));
        browser.await("Model ascending", d -> "ascending".equals(browser.attribute("#leaderboard thead th[data-sort='name']", "aria-sort")));
        assertTrue(browser.notReloaded(), "htmx sorted the lab's models in place");
        assertEquals(List.of(), browser.cspViolations(), "lab sorted");

        // The stats and prices charts swap in place when another benchmark is chosen.
        for (String path : new String[] { "/stats", "/prices" }) {
            browser.open(new URL(base, path));
            String other = String.valueOf(browser.script("""
                    const s = document.getElementById('benchmark');
                    const o = Array.from(s.options).find(o => !o.selected);
                    s.value = o.value;
                    s.dispatchEvent(new Event('change', { bubbles: true }));
                    return o.value;"""));
            browser.await(path + " with benchmark=" + other, d -> d.getCurrentUrl().contains("benchmark=" + other));
            assertTrue(browser.notReloaded(), path + ": htmx swapped the chart in place");
            assertEquals(List.of(), browser.cspViolations(), path);
        }

        // The stats page's bars are SVG, not inline styles: they have their lengths.
        browser.open(new URL(base, "/stats"));
        assertTrue(((Number) browser.script("return document.querySelector('.stat-bars rect.fill').getBBox().width")).doubleValue() > 0);

        // GraphiQL, served by SmallRye with its own (still same-origin) policy, starts and shows its editor.
        browser.load(new URL(base, "/q/graphql-ui/"));
        browser.await("GraphiQL rendered", d -> Boolean.TRUE.equals(browser.script("return !!document.querySelector('.graphiql-container')")));
        assertEquals(List.of(), browser.cspViolations(), "/q/graphql-ui/");
    }

    @Test
    void shouldKeepTheSearchBoxWithinTheLengthASearchMayHave() {
        assertEquals("200", browser.attribute("#q", "maxlength"));
        browser.driver().findElement(org.openqa.selenium.By.id("q")).sendKeys("x".repeat(230));
        assertEquals(200L, browser.script("return document.getElementById('q').value.length"), "typing stops at 200 characters");
    }

    @Test
    void shouldSayInTheResultsWhenASearchIsRefusedAsTooLong() {
        String before = browser.url();
        // Past the box's maxlength, as a script or an old browser could send it: the server refuses it (400).
        search("y".repeat(300));
        browser.await("refusal in the results", d -> browser.text("#results").contains("Your search is 300 characters long"));
        assertEquals("alert", browser.attribute("#results [role='alert']", "role"));
        assertEquals(0L, browser.script("return document.querySelectorAll('#rows > tr').length"), "the old results are gone");
        assertEquals(before, browser.url(), "the refused search is not put into the address bar");
        assertTrue(browser.notReloaded(), "htmx swapped the message in");

        // A search so long that the URL passes the app's limit: the 414 answer says so in the same place.
        search("z".repeat(9000));
        browser.await("414 message in the results", d -> browser.text("#results").contains("Address too long"));
        assertTrue(browser.text("#results").contains("a search may be at most 200 characters"));
        assertEquals(before, browser.url());

        // And a search of a normal length works again.
        search("deepseek");
        browser.await("DeepSeek rows", d -> !browser.rows().isEmpty() && browser.rows().stream().allMatch(LeaderboardBrowserTest::mentionsDeepSeek));
        assertTrue(browser.notReloaded());
    }

    /** Types a search as a paste would: the whole value at once (maxlength does not apply to scripts), then input. */
    private static void search(String text) {
        browser.script("""
                const q = document.getElementById('q');
                q.value = arguments[0];
                q.dispatchEvent(new Event('input', { bubbles: true }));""", text);
    }

    @Test
    void shouldSortByGpqaWhenTheHeaderIsClickedAndReverseOnTheSecondClick() {
        int gpqa = browser.column("gpqa");
        assertTrue(gpqa > 0, "a GPQA column");

        browser.click("#leaderboard thead th[data-sort='gpqa'] a");
        browser.await("URL ?sort=gpqa&dir=desc", d -> d.getCurrentUrl().endsWith("?sort=gpqa&dir=desc"));
        browser.await("GPT-5 first by GPQA", d -> "GPT-5".equals(firstName()));
        assertEquals("descending", browser.attribute("#leaderboard thead th[data-sort='gpqa']", "aria-sort"));
        assertNull(browser.attribute("#leaderboard thead th[data-sort='alscore']", "aria-sort"), "only one sorted column");
        List<Double> descending = numbers(browser.rows(), gpqa);
        assertFalse(descending.isEmpty());
        assertTrue(isSorted(descending, false), "GPQA scores descend: " + descending);
        assertTrue(browser.notReloaded(), "htmx swapped the results; the page was not loaded again");

        browser.click("#leaderboard thead th[data-sort='gpqa'] a");
        browser.await("URL ?sort=gpqa&dir=asc", d -> d.getCurrentUrl().endsWith("?sort=gpqa&dir=asc"));
        browser.await("GPQA ascending", d -> "ascending".equals(browser.attribute("#leaderboard thead th[data-sort='gpqa']", "aria-sort")));
        List<List<String>> rows = browser.rows();
        assertEquals(100, rows.size());
        String lowest = rows.get(0).get(gpqa);
        assertTrue(isNumber(lowest), "missing scores sort last, so the first row has a GPQA score, not '" + lowest + "' ("
                + rows.get(0).get(1) + ")");
        List<String> cells = rows.stream().map(r -> r.get(gpqa)).toList();
        int firstMissing = cells.indexOf(MISSING);
        if (firstMissing >= 0) {
            assertTrue(cells.subList(firstMissing, cells.size()).stream().allMatch(MISSING::equals),
                    "no score after the first missing one: " + cells);
        }
        List<Double> ascending = numbers(rows, gpqa);
        assertTrue(isSorted(ascending, true), "GPQA scores ascend: " + ascending);
        assertEquals(ascending.get(0), ascending.stream().min(Double::compare).orElseThrow(), "the first row has the lowest score");
        assertTrue(browser.notReloaded(), "htmx swapped the results; the page was not loaded again");
    }

    @Test
    void shouldFilterTheRowsAndPutTheQueryInTheUrlWhenSearchingForDeepSeek() {
        browser.driver().findElement(org.openqa.selenium.By.id("q")).sendKeys("deepseek");

        browser.await("URL with q=deepseek", d -> d.getCurrentUrl().contains("q=deepseek"));
        int total = browser.await("a smaller count", d -> {
            int t = total(browser.text("#result-count"));
            return t > 0 && t < 738 ? t : null;
        });
        browser.await("only DeepSeek rows", d -> {
            List<List<String>> rows = browser.rows();
            return rows.size() == Math.min(100, total) && rows.stream().allMatch(LeaderboardBrowserTest::mentionsDeepSeek);
        });
        List<List<String>> rows = browser.rows();
        assertFalse(rows.isEmpty());
        for (List<String> row : rows) {
            assertTrue(mentionsDeepSeek(row), "model or lab mentions DeepSeek: " + row);
        }
        assertEquals("Showing " + rows.size() + " of " + total + " models", browser.text("#result-count"));
        assertEquals("deepseek", browser.script("return document.getElementById('q').value"));
        assertTrue(browser.notReloaded(), "htmx swapped the results; the page was not loaded again");
    }

    @Test
    void shouldAppendTheNextHundredRowsInPlaceWhenMoreIsClicked() {
        String before = browser.url();
        assertEquals(100, browser.rows().size());
        assertNotNull(browser.text("#more-row a"), "a 'more' row");

        browser.click("#more-row a");
        browser.await("200 rows", d -> browser.rows().size() == 200);
        browser.await("count of 200", d -> "Showing 200 of 738 models".equals(browser.text("#result-count")));

        List<List<String>> rows = browser.rows();
        int[] ranks = rows.stream().mapToInt(r -> Integer.parseInt(r.get(0))).toArray();
        assertArrayEquals(IntStream.rangeClosed(1, 200).toArray(), ranks, "ranks continue from 101 to 200");
        assertEquals(200, rows.stream().map(r -> r.get(1)).distinct().count(), "no row twice");
        assertEquals(1L, browser.script("return document.querySelectorAll('#more-row').length"), "one new 'more' row");
        assertEquals(1L, browser.script("return document.querySelectorAll('#result-count').length"), "one count");
        assertEquals(before + "?more=1", browser.url(), "the URL says how many rows are loaded, for Back and reload");
        assertTrue(browser.notReloaded(), "htmx appended the rows; the page was not loaded again");
    }

    @Test
    void shouldRestoreTheNameSortedViewWhenGoingBack() {
        browser.click("#leaderboard thead th[data-sort='name'] a");
        browser.await("URL ?sort=name&dir=asc", d -> d.getCurrentUrl().endsWith("?sort=name&dir=asc"));
        browser.await("Model ascending", d -> "ascending".equals(browser.attribute("#leaderboard thead th[data-sort='name']", "aria-sort")));
        List<String> byName = names(browser.rows());
        assertEquals(100, byName.size());
        String sortedUrl = browser.url();

        browser.click("#leaderboard thead th[data-sort='gpqa'] a");
        browser.await("URL ?sort=gpqa&dir=desc", d -> d.getCurrentUrl().endsWith("?sort=gpqa&dir=desc"));
        browser.await("GPT-5 first by GPQA", d -> "GPT-5".equals(firstName()));
        assertFalse(byName.get(0).equals("GPT-5"));

        browser.driver().navigate().back();
        browser.await("URL back at ?sort=name&dir=asc", d -> d.getCurrentUrl().equals(sortedUrl));
        browser.await("name-sorted rows back, first '" + byName.get(0) + "'", d -> byName.get(0).equals(firstName()));
        assertEquals(byName, names(browser.rows()));
        assertEquals("ascending", browser.attribute("#leaderboard thead th[data-sort='name']", "aria-sort"));
        assertNull(browser.attribute("#leaderboard thead th[data-sort='gpqa']", "aria-sort"));
        assertEquals("Showing 100 of 738 models", browser.text("#result-count"));
    }

    @Test
    void shouldShowOnlyMoeModelsWhenTheMoeArchitectureFilterIsTicked() {
        browser.click("details.filter[data-filter='arch'] > summary");
        browser.await("Architecture filter open", d -> Boolean.TRUE.equals(
                browser.script("return document.querySelector(\"details.filter[data-filter='arch']\").open")));
        browser.click("details.filter[data-filter='arch'] input[name='arch'][value='moe']");

        browser.await("URL with arch=moe", d -> d.getCurrentUrl().contains("arch=moe"));
        // as many as the JSON API counts for the same filter (rows: MoE models, not their variants)
        int moe = io.restassured.RestAssured.given().when().get("/api/models?arch=moe&first=1").then().statusCode(200)
                .extract().path("total");
        assertTrue(moe > 100 && moe < org.llmleaderboard.TestData.ROWS, "MoE models: " + moe);
        browser.await("count of MoE models", d -> ("Showing 100 of " + moe + " models").equals(browser.text("#result-count")));
        int arch = browser.column("architecture");
        assertEquals(4, arch, "architecture is the 5th cell: rank, name, lab, capability, arch");
        List<List<String>> rows = browser.rows();
        assertEquals(100, rows.size());
        for (List<String> row : rows) {
            assertEquals("MoE", row.get(arch), "architecture of " + row.get(1));
        }
        assertEquals(Boolean.TRUE, browser.script("return document.querySelector(\"input[name='arch'][value='moe']\").checked"));
        assertTrue(browser.notReloaded(), "htmx swapped the results; the page was not loaded again");
    }

    @Test
    void shouldSaveScreenshotsOfTheLeaderboardAndAModelPage() throws MalformedURLException {
        Path dir = Path.of("target", "screenshots");
        Path tmp = Path.of("/tmp", "screens");

        browser.await("leaderboard rows", d -> browser.rows().size() == 100);
        browser.screenshot(dir.resolve("leaderboard.png"), tmp.resolve("leaderboard.png"));

        browser.open(new URL(base, "/models/deepseek-ai/deepseek-r2"));
        browser.screenshot(dir.resolve("model.png"), tmp.resolve("model.png"));

        for (Path png : List.of(dir.resolve("leaderboard.png"), dir.resolve("model.png"), tmp.resolve("leaderboard.png"),
                tmp.resolve("model.png"))) {
            assertTrue(isPng(png), png + " is a PNG");
        }
    }

    private static boolean mentionsDeepSeek(List<String> row) {
        return (row.get(1) + " " + row.get(2)).toLowerCase(Locale.ROOT).contains("deepseek");
    }

    /** The first row's model name, or "" while there is no row. */
    private static String firstName() {
        List<String> names = names(browser.rows());
        return names.isEmpty() ? "" : names.get(0);
    }

    private static List<String> names(List<List<String>> rows) {
        return rows.stream().map(r -> r.get(1)).toList();
    }

    private static int total(String count) {
        Matcher m = COUNT.matcher(count == null ? "" : count);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The column's scores in row order, skipping missing ones. */
    private static List<Double> numbers(List<List<String>> rows, int column) {
        List<Double> out = new ArrayList<>();
        for (List<String> row : rows) {
            if (isNumber(row.get(column))) {
                out.add(Double.parseDouble(row.get(column)));
            }
        }
        return out;
    }

    private static boolean isSorted(List<Double> values, boolean ascending) {
        for (int i = 1; i < values.size(); i++) {
            int c = Double.compare(values.get(i - 1), values.get(i));
            if (ascending ? c > 0 : c < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPng(Path file) {
        try {
            byte[] head = Files.readAllBytes(file);
            return head.length > 8 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
        } catch (IOException e) {
            return false;
        }
    }
}
