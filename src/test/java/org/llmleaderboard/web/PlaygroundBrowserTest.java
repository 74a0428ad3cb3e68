package org.llmleaderboard.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GraphQL playground in headless Chromium, on a desktop (1280×800) and a phone (390×844): it opens with the first
 * example run and its data in the result pane, asks nothing of another site, gets no 4xx or 5xx, logs no console error
 * and no Content-Security-Policy violation; the explorer and the docs work; a model page's "Query this in GraphQL"
 * link opens it with that model's query, and running it shows the model.
 */
@QuarkusTest
class PlaygroundBrowserTest extends BrowserTestBase {

    @TestHTTPResource("/")
    URL base;

    private void viewport(int width, int height, boolean mobile) {
        browser.colorScheme("light");
        // The size, and for a phone the meta viewport and touch, as the device would have them.
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private String editor(String css) {
        return String.valueOf(browser.script(
                "var e = document.querySelector(arguments[0] + ' .CodeMirror'); return e ? e.CodeMirror.getValue() : '';", css));
    }

    /** Clicks a GraphiQL button once it exists, scrolled to the middle of the screen (clear of the sticky site header). */
    private void press(String css) {
        browser.await("press " + css, d -> Boolean.TRUE.equals(browser.script("""
                var b = document.querySelector(arguments[0]);
                if (!b) return false;
                b.scrollIntoView({ block: 'center' });
                b.click();
                return true;
                """, css)));
    }

    /**
     * Waits for the result pane to show a text. GraphiQL's bundle is 3 MB of script, parsed on a shared machine: the
     * wait is longer than Browser's, and its failure says what the editor and the result pane held.
     */
    private void awaitResult(String expected) {
        awaitEditor(".result-window", expected);
    }

    private void awaitEditor(String css, String expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(200))
                .withMessage(() -> css + " shows " + expected + "; query editor: " + editor(".graphiql-query-editor")
                        + "; result: " + editor(".result-window"))
                .until(d -> editor(css).contains(expected));
    }

    /** The requests the page made (its own and its resources') that went elsewhere or failed. */
    @SuppressWarnings("unchecked")
    private List<String> badRequests() {
        return (List<String>) browser.script("""
                var entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return entries.filter(e => new URL(e.name).origin !== location.origin || (e.responseStatus || 200) >= 400)
                    .map(e => e.name + ' ' + e.responseStatus);
                """);
    }

    /** Console errors and CSP reports since the last call (the log is read once: Selenium hands each entry out once). */
    private List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() || message.contains("Content Security Policy")) {
                errors.add(message);
            }
        }
        return errors;
    }

    private void assertCleanPage(String what) {
        assertEquals(List.of(), badRequests(), what + ": external or failed requests");
        assertEquals(List.of(), consoleErrors(), what + ": console errors");
        assertEquals(List.of(), browser.cspViolations(), what + ": CSP violations");
    }

    private void openPlayground(String path) throws MalformedURLException {
        browser.load(new URL(base, path));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).withMessage("GraphiQL rendered")
                .until(d -> Boolean.TRUE.equals(browser.script("return !!document.querySelector('.graphiql-container .CodeMirror')")));
    }

    private void shouldRunTheFirstExampleAndUseTheExplorerAndDocs(int width, int height, boolean phone) throws MalformedURLException {
        viewport(width, height, phone);
        // The phone in the dark theme, the desktop in the light one: GraphiQL follows prefers-color-scheme.
        browser.colorScheme(phone ? "dark" : "light");
        consoleErrors();
        openPlayground("/playground");
        assertTrue(editor(".graphiql-query-editor").contains("query LeaderboardByBenchmark {"), "the first example is in the editor");
        awaitResult("\"totalCount\"");
        assertTrue(editor(".result-window").contains("\"gpqa\""), "its data");
        assertTrue(Boolean.TRUE.equals(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")),
                width + " px: the page is never wider than the screen");
        assertTrue(Boolean.TRUE.equals(browser.script("return !!document.querySelector('.site-header a.brand[href=\"/\"]')")), "a link back to the site");
        browser.screenshot(java.nio.file.Path.of("target", "screenshots", "playground-" + width + ".png"));

        // The explorer: open on a desktop, a click away on a phone; ticking "labs" writes a query that runs.
        if (phone) {
            press("button[aria-label='Show Explorer']");
        }
        browser.await("explorer lists the Query fields", d -> Boolean.TRUE.equals(browser.script(
                "return Array.from(document.querySelectorAll('.pg-field')).some(b => b.textContent.includes('labs'))")));
        browser.script("Array.from(document.querySelectorAll('.pg-field')).find(b => b.textContent.trim().startsWith('☐ labs')).click()");
        awaitEditor(".graphiql-query-editor", "labs {\n    name\n  }");
        press(".graphiql-execute-button");
        awaitResult("\"DeepSeek-AI\"");

        // The docs explorer: the schema's root type and its fields.
        press("button[aria-label='Show Documentation Explorer']");
        browser.await("docs show the Query type", d -> String.valueOf(browser.script(
                "var e = document.querySelector('.graphiql-doc-explorer'); return e ? e.textContent : ''")).contains("Query"));
        browser.script("Array.from(document.querySelectorAll('.graphiql-doc-explorer a')).find(a => a.textContent === 'Query').click()");
        browser.await("docs list the models query", d -> String.valueOf(browser.script(
                "return document.querySelector('.graphiql-doc-explorer').textContent")).contains("models"));
        browser.screenshot(java.nio.file.Path.of("target", "screenshots", "playground-docs-" + width + ".png"));
        assertCleanPage("/playground at " + width + " px");
    }

    @Test
    void shouldRunTheFirstExampleAndBuildAQueryWithTheExplorerOnADesktop() throws MalformedURLException {
        shouldRunTheFirstExampleAndUseTheExplorerAndDocs(1280, 800, false);
    }

    @Test
    void shouldRunTheFirstExampleAndBuildAQueryWithTheExplorerOnAPhone() throws MalformedURLException {
        shouldRunTheFirstExampleAndUseTheExplorerAndDocs(390, 844, true);
    }

    @Test
    void shouldOpenTheModelsQueryFromItsQueryThisLinkAndShowTheModelWhenRun() throws MalformedURLException {
        viewport(390, 844, true);
        consoleErrors();
        browser.open(new URL(base, "/models/openai/gpt-5"));
        browser.click("a.graphql-link");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).withMessage("GraphiQL rendered")
                .until(d -> Boolean.TRUE.equals(browser.script("return !!document.querySelector('.graphiql-container .CodeMirror')")));
        awaitEditor(".graphiql-query-editor", "model(slug: \"openai/gpt-5\")");
        awaitResult("\"name\": \"GPT-5\"");
        press(".graphiql-execute-button");
        awaitResult("\"scores\"");
        assertCleanPage("/playground?query=… at 390 px");
    }

    @Test
    void shouldSwitchToAnExampleAndRunItWhenItsLinkIsClicked() throws MalformedURLException {
        viewport(1280, 800, false);
        consoleErrors();
        openPlayground("/playground");
        awaitResult("\"totalCount\"");
        press("a[data-example='lab']");
        awaitEditor(".graphiql-query-editor", "query LabWithModels");
        awaitResult("\"name\": \"DeepSeek-AI\"");
        assertCleanPage("/playground, lab example");
    }
}
