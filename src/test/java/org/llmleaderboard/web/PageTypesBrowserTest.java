package org.llmleaderboard.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page type ({@link PageType#ALL}) in a real browser at a phone's 390×844 and a desktop's 1280×800, in the light
 * and the dark theme: the document never wider than the window, tap targets of at least 24×24 CSS pixels, no serious
 * or critical axe-core violation and nothing blocked by the Content-Security-Policy. With {@code -Dscreenshots=true}
 * (or {@code SCREENSHOTS=true}) it also saves what each page shows, light theme, to {@code docs/screenshots/}.
 */
@QuarkusTest
class PageTypesBrowserTest extends BrowserTestBase {

    /** A screen to check: its name in the screenshots' file names, its size, and whether it is a phone. */
    record Screen(String name, int width, int height, boolean mobile) {
    }

    static final List<Screen> SCREENS = List.of(new Screen("phone", 390, 844, true), new Screen("desktop", 1280, 800, false));
    static final List<String> THEMES = List.of("light", "dark");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    /** Every page type, or those named in {@code -DpageTypes=leaderboard,model} (to check a few while fixing them). */
    static List<PageType> pageTypes() {
        String only = System.getProperty("pageTypes", "");
        return only.isBlank() ? PageType.ALL
                : PageType.ALL.stream().filter(p -> List.of(only.split(",")).contains(p.name())).toList();
    }

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest
    @MethodSource("pageTypes")
    void shouldFitEveryScreenInBothThemesWithLargeTargetsAndNoSeriousAccessibilityViolation(PageType page)
            throws MalformedURLException {
        List<String> problems = new ArrayList<>();
        for (Screen screen : SCREENS) {
            browser.viewport(screen.width(), screen.height(), screen.mobile());
            for (String theme : THEMES) {
                browser.colorScheme(theme);
                browser.open(new URL(base, page.path()));
                String where = page.name() + " at " + screen.width() + "x" + screen.height() + ", " + theme + ": ";
                long overflow = browser.horizontalOverflow(screen.width());
                if (overflow > 0) {
                    problems.add(where + "the document is " + overflow + " px wider than the window: " + browser.pastRightEdge(screen.width()));
                }
                browser.smallTapTargets(page.thirdParty()).forEach(t -> problems.add(where + "tap target under 24x24: " + t));
                browser.axeViolations(FAILING_IMPACTS, page.thirdParty()).forEach(v -> problems.add(where + "axe " + v));
                browser.cspViolations().forEach(v -> problems.add(where + "CSP " + v));
                if (screenshots() && ("light".equals(theme) || "leaderboard".equals(page.name()))) {
                    String suffix = "light".equals(theme) ? "" : "-dark";
                    browser.screenshot(SCREENSHOTS.resolve(page.name() + "-" + screen.name() + suffix + ".png"));
                }
            }
        }
        assertEquals(List.of(), problems, page + ": " + problems.size() + " problems");
    }

    private static boolean screenshots() {
        return Boolean.getBoolean("screenshots") || "true".equalsIgnoreCase(System.getenv("SCREENSHOTS"));
    }
}
