package org.llmleaderboard.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;
import org.llmleaderboard.service.DataVersion;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live updates in Chromium: a leaderboard or model page already open shows "Data changed — refresh" when an editor
 * changes the data through GraphQL, without a reload; its link reloads the view; a page opened after the change shows
 * nothing.
 */
@QuarkusTest
class LiveUpdateBrowserTest {

    private static final String NOTICE = "#live-notice .data-changed";
    /** Counts the sse extension's events of the document, from before its own scripts run. */
    private static final String SSE_LISTENER = """
            window.__sseOpen = 0;
            document.addEventListener('htmx:sseOpen', () => window.__sseOpen++);
            """;

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataVersion dataVersion;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.<String, Object>of("source", SSE_LISTENER));
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.<String, Object>of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    @Transactional
    void removeTestData() {
        TestData.removeTestLab(em, dataVersion);
    }

    @AfterEach
    void shouldHaveRunWithoutAContentSecurityPolicyViolation() {
        assertEquals(List.of(), browser.cspViolations(), "Content-Security-Policy violations");
    }

    @Test
    void shouldShowTheNoticeOnAnOpenLeaderboardWhenAnEditorChangesTheData() throws MalformedURLException {
        shouldShowTheNoticeWhenTheDataChanges(new URL(base, "/?sort=name&dir=asc"), "light");
    }

    @Test
    void shouldShowTheNoticeOnAnOpenModelPageInTheDarkThemeWhenAnEditorChangesTheData() throws MalformedURLException {
        shouldShowTheNoticeWhenTheDataChanges(new URL(base, "/models/deepseek-ai/deepseek-r2"), "dark");
    }

    private void shouldShowTheNoticeWhenTheDataChanges(URL page, String theme) {
        browser.colorScheme(theme);
        open(page);
        awaitListening();
        assertNull(notice(), "no notice while the data is unchanged");
        assertEquals("status", browser.attribute("#live-notice", "role"));
        assertEquals("polite", browser.attribute("#live-notice", "aria-live"));

        DataEventsRouteTest.editorWrites();
        browser.await("the notice, without a reload", d -> notice() != null);
        assertTrue(browser.notReloaded(), "the page was not loaded again");
        assertTrue(notice().startsWith("Data changed — refresh"), notice());
        assertEquals("true", String.valueOf(browser.script("return document.querySelector('" + NOTICE + "').offsetHeight > 0")), "visible");

        // Its link reloads the same view, now current: no notice.
        browser.script("document.querySelector('" + NOTICE + " a').click()");
        browser.await("reloaded", d -> !browser.notReloaded() && Boolean.TRUE.equals(
                browser.script("return document.readyState === 'complete' && !!window.htmx")));
        assertEquals(page.toString(), browser.url());
        awaitListening();
        assertNull(notice(), "the reloaded page is current");
    }

    @Test
    void shouldShowNoNoticeOnAPageOpenedAfterTheChange() throws MalformedURLException {
        DataEventsRouteTest.editorWrites();
        for (String path : new String[] { "/", "/models/deepseek-ai/deepseek-r2" }) {
            open(new URL(base, path));
            awaitListening();
            assertEquals("/events?since=" + dataVersion.current(), browser.attribute("#live-notice", "sse-connect"));
            assertNull(notice(), path + ": rendered at the current version, nothing to say");
        }
        assertFalse(browser.cspViolations().size() > 0);
    }

    /** Opens a page once the server renders it within the page time limit (a first render on a loaded machine may not). */
    private static void open(URL url) {
        for (int i = 0; i < 3 && io.restassured.RestAssured.given().when().get(url.getFile()).statusCode() != 200; i++) {
            Thread.onSpinWait();
        }
        browser.open(url);
    }

    /**
     * Waits until the page's stream is open, and then for one more round trip to the server: an event sent on
     * subscribing (a page out of date) would have arrived before it.
     */
    private static void awaitListening() {
        browser.await("the event stream open", d -> ((Number) browser.script("return window.__sseOpen || 0")).intValue() > 0);
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch('/css/app.css').then(() => done(true), () => done(false));");
    }

    /** The notice's text, or null while there is none. */
    private static String notice() {
        Object text = browser.script("const n = document.querySelector('" + NOTICE + "'); return n ? n.textContent.trim() : null;");
        return text == null ? null : text.toString();
    }
}
