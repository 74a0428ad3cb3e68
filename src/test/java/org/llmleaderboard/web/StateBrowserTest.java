package org.llmleaderboard.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * State that survives Back, Forward and reload, in Chromium at a phone's size (390×844) and a laptop's (1280×800): a
 * filtered, sorted, searched leaderboard with two "more" pages loaded and scrolled down comes back the same (form
 * controls, rows, scroll position) after a model page and Back, after Forward and Back, and after a reload.
 */
@QuarkusTest
class StateBrowserTest extends BrowserTestBase {

    /** A filter, a search and a sort that leave more than 300 rows (checked against the JSON API below). */
    private static final String ACCESS = "public";
    private static final String SEARCH = "o";

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void shouldHaveRunWithoutAContentSecurityPolicyViolation() {
        assertEquals(List.of(), browser.cspViolations(), "Content-Security-Policy violations");
    }

    @Test
    void shouldRestoreFormRowsAndScrollAfterAModelPageOnAPhoneInTheDarkTheme() {
        restoresTheView(390, 844, "dark");
    }

    @Test
    void shouldRestoreFormRowsAndScrollAfterAModelPageOnALaptopInTheLightTheme() {
        restoresTheView(1280, 800, "light");
    }

    @Test
    void shouldTickTheFiltersOfTheUrlWhenBackRestoresAnEarlierFilter() {
        viewport(1280, 800);
        open(base);
        check("arch", "moe");
        browser.await("URL with arch=moe", d -> d.getCurrentUrl().contains("arch=moe"));
        String moe = browser.url();
        check("arch", "dense");
        browser.await("URL with arch=dense", d -> d.getCurrentUrl().contains("arch=dense"));

        browser.driver().navigate().back();
        browser.await("back at " + moe, d -> d.getCurrentUrl().equals(moe));
        browser.await("MoE ticked, Dense not", d -> Boolean.TRUE.equals(checked("arch", "moe")) && Boolean.FALSE.equals(checked("arch", "dense")));
        assertTrue(browser.notReloaded(), "htmx restored the view in place");

        browser.driver().navigate().forward();
        browser.await("forward to both", d -> d.getCurrentUrl().contains("arch=dense"));
        browser.await("both ticked", d -> Boolean.TRUE.equals(checked("arch", "moe")) && Boolean.TRUE.equals(checked("arch", "dense")));
    }

    @Test
    void shouldSelectTheChartBenchmarkOfTheUrlWhenBackRestoresAnEarlierChart() throws java.net.MalformedURLException {
        viewport(1280, 800);
        open(new URL(base, "/stats"));
        @SuppressWarnings("unchecked")
        List<String> others = (List<String>) browser.script("""
                const s = document.getElementById('benchmark');
                return Array.from(s.options).filter(o => !o.selected).slice(0, 2).map(o => o.value);""");
        choose(others.get(0));
        choose(others.get(1));

        browser.driver().navigate().back();
        browser.await("back at benchmark=" + others.get(0), d -> d.getCurrentUrl().contains("benchmark=" + others.get(0)));
        browser.await("its benchmark selected", d -> others.get(0).equals(browser.script("return document.getElementById('benchmark').value")));
        assertTrue(browser.notReloaded(), "htmx restored the chart in place");
    }

    private static void choose(String benchmark) {
        browser.script("""
                const s = document.getElementById('benchmark');
                s.value = arguments[0];
                s.dispatchEvent(new Event('change', { bubbles: true }));""", benchmark);
        browser.await("/stats?benchmark=" + benchmark, d -> d.getCurrentUrl().contains("benchmark=" + benchmark));
    }

    private void restoresTheView(int width, int height, String theme) {
        viewport(width, height);
        browser.colorScheme(theme);
        int total = io.restassured.RestAssured.given().when().get("/api/models?access=" + ACCESS + "&q=" + SEARCH + "&first=1")
                .then().statusCode(200).extract().path("total");
        assertTrue(total > 300, "enough rows for two more pages: " + total);
        open(base);

        // Filter, search, sort: each in place (htmx), each in the URL.
        check("access", ACCESS);
        browser.await("URL with access", d -> d.getCurrentUrl().contains("access=" + ACCESS));
        browser.script("const q = document.getElementById('q'); q.value = arguments[0];"
                + "q.dispatchEvent(new Event('input', { bubbles: true }));", SEARCH);
        browser.await("URL with the search", d -> d.getCurrentUrl().contains("q=" + SEARCH));
        browser.script("document.querySelector(\"#leaderboard thead th[data-sort='name'] a\").click()");
        browser.await("URL sorted by name", d -> d.getCurrentUrl().contains("sort=name&dir=asc"));
        browser.await("100 rows", d -> browser.rows().size() == 100);

        // Two "more" pages: each pushes the view with its rows.
        clickMore();
        browser.await("200 rows and more=1", d -> browser.rows().size() == 200 && d.getCurrentUrl().endsWith("more=1"));
        clickMore();
        browser.await("300 rows and more=2", d -> browser.rows().size() == 300 && d.getCurrentUrl().endsWith("more=2"));
        assertTrue(browser.notReloaded(), "all of it in place");
        String view = browser.url();
        List<List<String>> rows = browser.rows();

        long y = scrollDown();
        // A model far down the list, in a new document.
        browser.script("document.querySelectorAll('#rows td.name > a')[250].click()");
        browser.await("a model page", d -> d.getCurrentUrl().contains("/models/"));
        String model = browser.url();

        browser.driver().navigate().back();
        assertSameView(view, rows, y, "Back from the model page");

        browser.driver().navigate().forward();
        browser.await("Forward to the model page", d -> d.getCurrentUrl().equals(model));
        browser.driver().navigate().back();
        assertSameView(view, rows, y, "Back again");

        // Within the document: Back to one "more" page (htmx's history), Forward to two.
        browser.driver().navigate().back();
        browser.await("200 rows at more=1", d -> d.getCurrentUrl().endsWith("more=1") && browser.rows().size() == 200);
        assertFormMatches("after Back to more=1");
        browser.driver().navigate().forward();
        browser.await("300 rows at more=2", d -> d.getCurrentUrl().equals(view) && browser.rows().size() == 300);
        assertFormMatches("after Forward to more=2");

        browser.driver().navigate().refresh();
        browser.await("reloaded", d -> Boolean.TRUE.equals(browser.script("return document.readyState === 'complete' && !!window.htmx")));
        assertEquals(view, browser.url());
        assertEquals(rows, browser.rows(), "a reload renders the same rows from the URL alone");
        assertFormMatches("after a reload");
    }

    private void assertSameView(String view, List<List<String>> rows, long y, String when) {
        browser.await(when + ": URL " + view, d -> d.getCurrentUrl().equals(view));
        browser.await(when + ": 300 rows", d -> browser.rows().size() == 300);
        assertEquals(rows, browser.rows(), when + ": the same rows");
        assertFormMatches(when);
        browser.await(when + ": scrolled back to " + y + " (at " + scrollY() + ")", d -> Math.abs(scrollY() - y) <= 3);
    }

    private void assertFormMatches(String when) {
        assertEquals(Boolean.TRUE, checked("access", ACCESS), when + ": access ticked");
        assertEquals(Boolean.FALSE, checked("access", "private"), when + ": no other access ticked");
        assertEquals(SEARCH, browser.script("return document.getElementById('q').value"), when + ": search box");
        assertEquals("ascending", browser.attribute("#leaderboard thead th[data-sort='name']", "aria-sort"), when + ": sorted by name");
        assertEquals(Map.of("sort", "name", "dir", "asc"), browser.script("""
                const f = new FormData(document.getElementById('filters'));
                return { sort: f.get('sort'), dir: f.get('dir') };"""), when + ": the form submits the sort");
    }

    /**
     * Opens a page once the server renders it within the page time limit: on a loaded machine the first render of a
     * page (templates, caches) can pass it, and the browser would get the 503 page instead.
     */
    private static void open(URL url) {
        for (int i = 0; i < 3 && io.restassured.RestAssured.given().when().get(url.getFile()).statusCode() != 200; i++) {
            Thread.onSpinWait();
        }
        browser.open(url);
    }

    /** Sets a viewport of exactly this size (CSS px), as a phone's or a laptop's, in the light theme. */
    private static void viewport(int width, int height) {
        browser.colorScheme("light");
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.<String, Object>of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Ticks a filter's box as a click would (the box may sit in a closed disclosure on a phone). */
    private static void check(String param, String value) {
        browser.script("""
                const box = document.querySelector("#filters input[name='" + arguments[0] + "'][value='" + arguments[1] + "']");
                box.checked = true;
                box.dispatchEvent(new Event('change', { bubbles: true }));""", param, value);
    }

    private static Object checked(String param, String value) {
        return browser.script("const b = document.querySelector(\"#filters input[name='\" + arguments[0] + \"'][value='\" + arguments[1] + \"']\");"
                + "return b ? b.checked : null;", param, value);
    }

    private static void clickMore() {
        browser.await("a 'more' link", d -> Boolean.TRUE.equals(browser.script("return !!document.querySelector('#more-row a')")));
        browser.script("document.querySelector('#more-row a').click()");
    }

    /**
     * Scrolls two thirds down the rows, which scroll in their own box under a sticky header, and answers where the box
     * came to rest.
     */
    private static long scrollDown() {
        browser.script("const box = document.querySelector('#results .table-wrap');"
                + " box.scrollIntoView(); box.scrollTop = Math.floor((box.scrollHeight - box.clientHeight) * 2 / 3)");
        long y = scrollY();
        assertTrue(y > 1000, "scrolled down: " + y);
        assertFalse(y == 0);
        return y;
    }

    private static long scrollY() {
        return ((Number) browser.script("return Math.round(document.querySelector('#results .table-wrap').scrollTop)")).longValue();
    }
}
