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
