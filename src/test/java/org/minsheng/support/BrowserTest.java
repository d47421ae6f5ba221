package org.minsheng.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.minsheng.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test class driving the running application in Chromium: one browser per class, a page per user. */
@IntegrationTest
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        // CI machines are shared: a server round trip can take seconds there, which is no failure
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** A fresh browser context signed in as the user, opened at the path. */
    protected Page signedIn(String user, String path, int width, int height) {
        var page = browser.newPage(width, height);
        Browser.signIn(page, base(), user);
        page.navigate(base() + path);
        return page;
    }
}
