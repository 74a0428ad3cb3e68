package org.llmleaderboard.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Comparing in a real browser (headless Chromium), on a phone (390×844, dark) and a laptop (1280×800, light): tick two
 * leaderboard rows, compare them, remove one in place, and go Back to both.
 */
@QuarkusTest
class CompareBrowserTest extends BrowserTestBase {

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void shouldHaveRunWithoutAContentSecurityPolicyViolation() {
        assertEquals(List.of(), browser.cspViolations(), "Content-Security-Policy violations");
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @Test
    void shouldCompareTwoTickedRowsAndRemoveOneInPlaceOnAPhone() {
        viewport(390, 844, "dark");
        compareTickRemoveAndGoBack("phone");
    }

    @Test
    void shouldCompareTwoTickedRowsAndRemoveOneInPlaceOnALaptop() {
        viewport(1280, 800, "light");
        compareTickRemoveAndGoBack("laptop");
    }

    private void compareTickRemoveAndGoBack(String device) {
        openLeaderboard();
        List<String> picked = List.of(pick(0), pick(1));
        browser.await("the selection in the leaderboard's URL", d -> picked.equals(selectionInUrl(d.getCurrentUrl())));
        assertEquals("2 selected.", browser.text("#compare-count"));

        browser.click("#compare-form button[type='submit']");
        String both = "/compare?models=" + picked.get(0) + "," + picked.get(1);
        browser.await("on " + both, d -> d.getCurrentUrl().endsWith(both));
        browser.await("two columns", d -> columns() == 2);
        assertFitsTheViewport("compare page");
        assertEquals("sticky", browser.script("return getComputedStyle(document.querySelector('#compare-facts tbody th')).position"),
                "the label column stays in view while the table scrolls");
        browser.screenshot(java.nio.file.Path.of("target", "screenshots", "compare-" + device + ".png"));
        browser.script("document.getElementById('shared-benchmarks').scrollIntoView();");
        browser.screenshot(java.nio.file.Path.of("target", "screenshots", "compare-" + device + "-benchmarks.png"));
        browser.script("document.getElementById('compare-chart-title').scrollIntoView();");
        browser.screenshot(java.nio.file.Path.of("target", "screenshots", "compare-" + device + "-chart.png"));
        browser.script("window.scrollTo(0, 0);");

        browser.script("window.__marker = 1;");
        browser.click("#compare-facts thead th:nth-child(3) .compare-remove");
        String one = "/compare?models=" + picked.get(0);
        browser.await("on " + one, d -> d.getCurrentUrl().endsWith(one));
        browser.await("one column", d -> columns() == 1);
        assertTrue(browser.notReloaded(), "removed in place by htmx");
        assertTrue(browser.text("#comparison").contains("add another model to compare"));
        assertFitsTheViewport("one model");

        browser.driver().navigate().back();
        browser.await("back on " + both, d -> d.getCurrentUrl().endsWith(both));
        browser.await("two columns again", d -> columns() == 2);

        browser.driver().navigate().back();
        browser.await("back on the leaderboard with its selection", d -> picked.equals(selectionInUrl(d.getCurrentUrl())));
        browser.await("both boxes ticked again", d -> ((Number) browser.script(
                "return document.querySelectorAll('input[data-compare-pick]:checked').length")).intValue() == 2);
    }

    /**
     * Opens the leaderboard. A cold app on a busy machine may answer the very first page with the page time limit's 503
     * (PageTimeLimitRoute): that load is repeated, at most twice.
     */
    private void openLeaderboard() {
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.open(base);
            if (Boolean.TRUE.equals(browser.script("return !!document.querySelector('#rows input[data-compare-pick]')"))) {
                return;
            }
        }
        throw new AssertionError("the leaderboard has no rows: " + browser.text("main"));
    }

    /** Ticks the compare box of the n-th row (from 0); its model's slug. */
    private String pick(int row) {
        org.openqa.selenium.WebElement box = browser.await("row " + row + "'s box",
                d -> d.findElements(org.openqa.selenium.By.cssSelector("#rows input[data-compare-pick]")).get(row));
        browser.script("arguments[0].scrollIntoView({ block: 'center', inline: 'center' });", box);
        box.click();
        browser.await("row " + row + " ticked", d -> box.isSelected());
        System.out.println("COMPARE-BROWSER picked " + box.getAttribute("value") + " at " + browser.url());
        return box.getAttribute("value");
    }

    private static List<String> selectionInUrl(String url) {
        int at = url.indexOf("compare=");
        if (at < 0) {
            return List.of();
        }
        String value = url.substring(at + "compare=".length()).split("&")[0];
        return List.of(URLDecoder.decode(value, StandardCharsets.UTF_8).split(","));
    }

    private static int columns() {
        return ((Number) browser.script("return document.querySelectorAll('#compare-facts thead .compare-model').length")).intValue();
    }

    private static void assertFitsTheViewport(String what) {
        Object widths = browser.script("return [document.documentElement.scrollWidth, window.innerWidth];");
        List<?> w = (List<?>) widths;
        assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(), what + ": page wider than the viewport " + w);
    }

    /**
     * A viewport of that size, not a mobile device: mobile emulation zooms out a page wider than the screen (as the
     * leaderboard still is), and clicks then land beside their target.
     */
    private static void viewport(int width, int height, String scheme) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static void cdp(String command, Map<String, Object> parameters) {
        ((ChromeDriver) browser.driver()).executeCdpCommand(command, parameters);
    }
}
