package org.llmleaderboard.web;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium driven by Selenium, with the few page reads the leaderboard tests
 * need. Table reads go through one script each, so that an htmx swap cannot leave half a read stale.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts Chromium. When it is not installed the calling tests are skipped, or fail on CI
     * ({@code CI=true}), where a missing browser must not pass silently.
     */
    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium not installed: apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " (CI=true: browser tests must run, " + CHROMIUM + " or " + CHROMEDRIVER + " is missing)");
            }
            Assumptions.assumeTrue(false, message);
        }
        Path profile = Files.createTempDirectory("leaderboard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        // The console's CSP reports ("Refused to apply inline style …"), read by cspViolations().
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            // Installed in every new document before its own scripts run, so violations during load are caught too.
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", CSP_LISTENER));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** Collects the document's Content-Security-Policy violations in {@code window.__cspViolations}. */
    private static final String CSP_LISTENER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || document.URL) + ':' + e.lineNumber));
            """;

    /**
     * The Content-Security-Policy violations since the last call: those the current document's listener saw, and
     * those the console reported (also of documents left since). Empty when the page runs under its policy.
     */
    List<String> cspViolations() {
        List<String> violations = new java.util.ArrayList<>();
        Object seen = script("var v = window.__cspViolations || []; window.__cspViolations = []; return v;");
        if (seen instanceof List<?> list) {
            list.forEach(v -> violations.add(String.valueOf(v)));
        }
        for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                violations.add("console: " + (message.length() > 300 ? message.substring(0, 300) + "…" : message));
            }
        }
        return violations;
    }

    /** Loads a page that has no htmx (GraphiQL) and waits until it has loaded. */
    void load(URL url) {
        driver.get(url.toString());
        await("page loaded", d -> Boolean.TRUE.equals(script("return document.readyState === 'complete'")));
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits up to 20 s, ignoring references that an htmx swap made stale. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100))
                .withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /**
     * Loads a page in full, waits until htmx has processed it, forgets htmx's history cache of the
     * previous tests, and marks the window: the mark survives htmx swaps but not a page load.
     */
    void open(URL url) {
        driver.get(url.toString());
        await("page loaded with htmx ready", d -> Boolean.TRUE.equals(
                script("return document.readyState === 'complete' && !!window.htmx")));
        script("localStorage.clear(); sessionStorage.clear(); window.__marker = 1;");
    }

    /** True while the window that {@link #open} marked is still the same document. */
    boolean notReloaded() {
        return Boolean.TRUE.equals(script("return window.__marker === 1"));
    }

    /** Clicks an element, finding it afresh if htmx replaced it between lookup and click. */
    void click(String css) {
        await("click " + css, d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String text(String css) {
        return String.valueOf(script("var e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;", css));
    }

    String attribute(String css, String name) {
        Object value = script("var e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;", css, name);
        return value == null ? null : value.toString();
    }

    /**
     * The table body's model rows (not the "more" row), each as its cells' text; the name cell is
     * the model link's text alone, without the headline-tag icons.
     */
    @SuppressWarnings("unchecked")
    List<List<String>> rows() {
        return (List<List<String>>) script("""
                return Array.from(document.querySelectorAll('#rows > tr:not(#more-row)')).map(tr =>
                    Array.from(tr.cells, td => {
                        const link = td.classList.contains('name') ? td.querySelector('a') : null;
                        return (link || td).textContent.trim();
                    }));
                """);
    }

    /** The cell index of a column, found by its header's {@code data-sort} key (-1 if absent). */
    int column(String key) {
        return ((Number) script("""
                return Array.from(document.querySelectorAll('#leaderboard thead th'))
                    .findIndex(th => th.dataset.sort === arguments[0]);
                """, key)).intValue();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves what the window shows, as PNG, to every given path. */
    void screenshot(Path... targets) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            for (Path target : targets) {
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.write(target, png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Emulates a screen of {@code width}×{@code height} CSS pixels; {@code mobile} also makes Chromium lay pages out
     * as a phone does (the viewport meta tag applies, overlay scrollbars). It lasts across page loads.
     */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Emulates {@code prefers-color-scheme} ({@code light} or {@code dark}); it lasts across page loads. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of(
                "features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * How far the document is wider than a window of {@code width} CSS pixels: 0 when nothing scrolls sideways. Both
     * ways count: {@code scrollWidth} past {@code innerWidth}, and {@code innerWidth} past the screen, which is how a
     * phone shows a page too wide for it (zoomed out to fit).
     */
    long horizontalOverflow(int width) {
        return ((Number) script("""
                const doc = document.documentElement.scrollWidth, win = window.innerWidth;
                return Math.max(0, doc - win, win - arguments[0]);""", width)).longValue();
    }

    /** The elements that reach past the right edge of a window of {@code width} CSS pixels (the first few), to say why. */
    @SuppressWarnings("unchecked")
    List<String> pastRightEdge(int width) {
        return (List<String>) script("""
                const out = [];
                for (const e of document.body.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > arguments[0] + 0.5 && r.width > 0 && !e.closest('.table-wrap, .table-scroll, .visually-hidden, .skip-link')
                      && !(e.parentElement && e.parentElement.getBoundingClientRect().right > arguments[0] + 0.5)) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '')
                      + ' right=' + Math.round(r.right));
                  }
                  if (out.length >= 5) break;
                }
                return out;""", width);
    }

    /**
     * The visible interactive elements smaller than 24×24 CSS pixels (WCAG 2.2, 2.5.8), each as "selector-ish WxH".
     * Links in running text and table cells are exempt (the criterion's inline exception); a checkbox or radio button
     * that a label wraps is measured with its label, which is the target then.
     */
    @SuppressWarnings("unchecked")
    List<String> smallTapTargets(String exclude) {
        return (List<String>) script("""
                const exclude = arguments[0];
                const targets = document.querySelectorAll(
                  'button, input:not([type=hidden]), select, textarea, summary, nav a, thead th a, .pager a, .chip, a.button, a.tag');
                const small = [];
                for (const e of targets) {
                  if (e.closest('.visually-hidden') || e.classList.contains('visually-hidden') || e.closest('.skip-link')) continue;
                  if (exclude && e.closest(exclude)) continue;
                  const target = e.matches('[type=checkbox], [type=radio]') && e.closest('label') ? e.closest('label') : e;
                  const r = target.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || getComputedStyle(target).visibility === 'hidden') continue;
                  if (r.width < 23.5 || r.height < 23.5) {
                    small.push(target.tagName.toLowerCase() + (target.id ? '#' + target.id : '') + (target.className ? '.' + String(target.className).split(' ').join('.') : '')
                      + ' "' + target.textContent.trim().slice(0, 30) + '" ' + Math.round(r.width) + 'x' + Math.round(r.height));
                  }
                }
                return small;""", exclude);
    }

    private static String axeSource;

    /**
     * Runs axe-core (the test-scoped {@code org.webjars.npm:axe-core} jar) in the page and returns its violations of
     * the given impacts ({@code serious}, {@code critical}), each as "rule (impact): nodes".
     */
    @SuppressWarnings("unchecked")
    List<String> axeViolations(java.util.Set<String> impacts, String exclude) {
        script(axe() + "\n;window.__axeLoaded = true;");
        // A long page (every benchmark, every offering) takes axe longer than the usual 30 s under a loaded machine.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const exclude = arguments[0];
                axe.run(exclude ? { exclude: [[exclude]] } : document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', nodes: [String(e)] }]));""", exclude);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        List<String> violations = new java.util.ArrayList<>();
        for (Object o : (List<Object>) result) {
            java.util.Map<String, Object> v = (java.util.Map<String, Object>) o;
            if (impacts.contains(String.valueOf(v.get("impact")))) {
                violations.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes"));
            }
        }
        return violations;
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            String path = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
            try (java.io.InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " not on the test classpath (org.webjars.npm:axe-core)");
                }
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
