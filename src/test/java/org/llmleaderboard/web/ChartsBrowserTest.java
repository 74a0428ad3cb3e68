package org.llmleaderboard.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charts in a real browser (headless Chromium) on a phone (390×844) and a desktop (1280×800): their text keeps its
 * CSS size at both widths, a point shows its name on keyboard focus, and no chart page is wider than the screen.
 */
@QuarkusTest
class ChartsBrowserTest extends BrowserTestBase {

    /** Width, height of the two screens the issue asks for. */
    private static final List<int[]> SCREENS = List.of(new int[] {390, 844}, new int[] {1280, 800});
    private static final List<String> CHART_PAGES = List.of("/stats", "/prices", "/trends");

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void noCspViolations() {
        assertEquals(List.of(), browser.cspViolations(), "the charts run under the Content-Security-Policy");
    }

    /** Emulates a screen of this size (a phone below 600 px: the page's viewport meta applies). */
    private static void screen(int width, int height) {
        ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void load(String path) throws IOException {
        browser.load(new URL(base, path));
    }

    @Test
    void shouldDrawTickLabelsAtTheSameSizeOnAPhoneAndADesktop() throws IOException {
        Map<String, List<Object>> sizes = new LinkedHashMap<>();
        for (int[] s : SCREENS) {
            screen(s[0], s[1]);
            for (String path : CHART_PAGES) {
                load(path);
                // The computed font size, and the rendered height of a tick label: a scaled SVG would change the latter.
                Object size = browser.script("""
                        const t = document.querySelector('svg.plot text.tick');
                        return [getComputedStyle(t).fontSize, Math.round(t.getBoundingClientRect().height)];""");
                sizes.computeIfAbsent(path, k -> new java.util.ArrayList<>()).add(size);
            }
        }
        for (Map.Entry<String, List<Object>> e : sizes.entrySet()) {
            List<Object> bySize = e.getValue();
            assertEquals(bySize.get(0), bySize.get(1), e.getKey() + ": the same size at 390 and 1280 px");
            assertEquals("12px", ((List<?>) bySize.get(0)).get(0), e.getKey());
        }
    }

    @Test
    void shouldShowAPointsNameWhenTheKeyboardFocusesIt() throws IOException {
        for (int[] s : SCREENS) {
            screen(s[0], s[1]);
            load("/stats?benchmark=gpqa");
            String hidden = (String) browser.script(
                    "return getComputedStyle(document.querySelector('#scatter-chart a.pt .pt-label')).visibility;");
            assertEquals("hidden", hidden, "names are hidden until asked for");
            // From the benchmark choice, Tab goes to the chart's first point.
            browser.script("document.getElementById('benchmark').focus();");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            Object focused = browser.script("""
                    const a = document.activeElement;
                    if (!a || !a.matches('#scatter-chart a.pt')) return null;
                    const label = a.querySelector('.pt-label');
                    return [getComputedStyle(label).visibility, label.textContent, a.getAttribute('href')];""");
            assertTrue(focused instanceof List<?>, "a point has the focus at " + s[0] + " px");
            List<?> f = (List<?>) focused;
            assertEquals("visible", f.get(0), "its name shows on focus at " + s[0] + " px");
            assertTrue(!String.valueOf(f.get(1)).isBlank() && String.valueOf(f.get(2)).startsWith("/models/"), "a named link to the model: " + f);
        }
    }

    @Test
    void shouldDrawTheChartsInTheThemeOfTheScreen() throws IOException {
        screen(390, 844);
        try {
            Map<String, Object> fills = new LinkedHashMap<>();
            for (String scheme : List.of("light", "dark")) {
                ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                        "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                load("/trends");
                fills.put(scheme, browser.script("return getComputedStyle(document.querySelector('svg.plot text.tick')).fill;"));
            }
            // The tick labels take the theme's muted text colour (--muted): #5b6170 in light, #9aa1b2 in dark.
            assertEquals(Map.of("light", "rgb(91, 97, 112)", "dark", "rgb(154, 161, 178)"), fills);
        } finally {
            ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void shouldKeepEveryChartPageWithinTheScreen() throws IOException {
        for (int[] s : SCREENS) {
            screen(s[0], s[1]);
            for (String path : CHART_PAGES) {
                load(path);
                Object widths = browser.script("return [document.documentElement.scrollWidth, window.innerWidth];");
                List<?> w = (List<?>) widths;
                assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(),
                        path + " at " + s[0] + " px: document " + w.get(0) + " px wide, screen " + w.get(1) + " px");
            }
        }
    }
}
