package org.llmleaderboard.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search suggestions in a real browser (headless Chromium), on a phone (390×844, dark) and a desktop (1280×800, light):
 * typing shows them and announces how many, the arrow keys choose one, Escape closes the list, Enter opens the model.
 */
@QuarkusTest
class SearchBrowserTest extends BrowserTestBase {

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldSuggestAndOpenGpt4oWithTheKeyboardOnAPhone() {
        suggestAndOpen(390, 844, "dark");
    }

    @Test
    void shouldSuggestAndOpenGpt4oWithTheKeyboardOnADesktop() {
        suggestAndOpen(1280, 800, "light");
    }

    @Test
    void shouldSearchAndFilterTheBenchmarksIndexInPlace() {
        viewport(390, 844, "light");
        browser.open(base("/benchmarks"));
        int all = rows();
        browser.driver().findElement(By.id("benchmark-q")).sendKeys("mmlu pro");
        browser.await("only MMLU-Pro's family and its kin", d -> rows() > 0 && rows() < all);
        browser.await("the query in the URL", d -> d.getCurrentUrl().contains("q=mmlu%20pro") || d.getCurrentUrl().contains("q=mmlu+pro"));
        assertTrue(browser.text("#benchmarks").contains("MMLU-Pro"));
        assertTrue(browser.notReloaded(), "htmx swapped the list");
        assertTrue(fitsTheViewport(), "no page wider than the phone");
        assertEquals(List.of(), browser.cspViolations());
    }

    private void suggestAndOpen(int width, int height, String scheme) {
        viewport(width, height, scheme);
        browser.open(base);
        WebElement q = browser.driver().findElement(By.id("q"));
        q.sendKeys("gpt 4o");
        browser.await("suggestions shown", d -> listbox().isDisplayed()
                && "true".equals(q.getAttribute("aria-expanded")) && !options().isEmpty());
        String status = browser.await("the count announced", d -> {
            String t = d.findElement(By.id("q-suggest-status")).getText();
            return t.matches("\\d+ suggestions?") ? t : null;
        });
        assertEquals(options().size() + " suggestions", status);
        assertTrue(options().size() <= 8);
        assertTrue(options().get(0).getText().startsWith("GPT-4o"), options().get(0).getText());
        assertTrue(fitsTheViewport(), "the list fits the window");

        q.sendKeys(Keys.ARROW_DOWN);
        assertEquals("q-option-1", q.getAttribute("aria-activedescendant"));
        assertEquals("true", options().get(0).getAttribute("aria-selected"));
        q.sendKeys(Keys.ARROW_DOWN);
        assertEquals("q-option-2", q.getAttribute("aria-activedescendant"));
        q.sendKeys(Keys.ARROW_UP);
        assertEquals("q-option-1", q.getAttribute("aria-activedescendant"));

        q.sendKeys(Keys.ESCAPE);
        assertEquals("false", q.getAttribute("aria-expanded"));
        assertTrue(!listbox().isDisplayed(), "closed");
        assertEquals("gpt 4o", q.getAttribute("value"), "Escape keeps the text");

        q.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", q.getAttribute("aria-expanded"), "the arrow opens the list again");
        q.sendKeys(Keys.ENTER);
        browser.await("GPT-4o's page", d -> d.getCurrentUrl().endsWith("/models/openai/gpt-4o"));
        assertTrue(browser.text("h1").contains("GPT-4o"));
        assertEquals(List.of(), browser.cspViolations());
    }

    private URL base(String path) {
        try {
            return new URL(base, path);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static int rows() {
        return browser.driver().findElements(By.cssSelector("#benchmarks tbody tr")).size();
    }

    private static WebElement listbox() {
        return browser.driver().findElement(By.id("q-suggestions"));
    }

    private static List<WebElement> options() {
        return listbox().findElements(By.cssSelector("[role=option]"));
    }

    private static boolean fitsTheViewport() {
        return Boolean.TRUE.equals(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"));
    }

    /** The window's size and colour scheme, as a phone or a desktop shows the page. */
    private static void viewport(int width, int height, String scheme) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
