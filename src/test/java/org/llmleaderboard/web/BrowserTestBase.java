package org.llmleaderboard.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;

/**
 * One headless Chromium per browser test class: started before its first test, quit after its last (skipped, or failed
 * on CI, when Chromium is missing: see {@link Browser#start()}).
 */
abstract class BrowserTestBase {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
