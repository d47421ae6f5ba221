package org.minsheng.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Debian's Chromium driven by Playwright, found on {@code PATH}. Where Chromium is missing the
 * browser tests are skipped on a developer's machine and fail on CI ({@link RequiredTool}).
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Path chromium) {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run")));
    }

    public static Browser start() {
        return new Browser(RequiredTool.find("chromium", "chromium"));
    }

    public Page newPage(int width, int height) {
        var page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setLocale("zh-CN"))
                .newPage();
        page.setDefaultTimeout(60_000);
        return page;
    }

    /** Signs in through the real login form and waits for the start page. */
    public static void signIn(Page page, String baseUrl, String username) {
        signIn(page, baseUrl, username, "demo");
    }

    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Waits until the chart of a card (a CSS selector) has been drawn by Chart.js on a canvas with a size. */
    public static void waitForChart(Page page, String card) {
        page.waitForFunction(
                "card => { const el = document.querySelector(card + ' campaign-chart');"
                        + " const c = el && el.querySelector('canvas');"
                        + " return c && c.width > 0 && c.height > 0 && el._chart; }",
                card);
    }

    /**
     * The notification card that says {@code text}. Vaadin stacks top-positioned cards newest first, so
     * "the last card" is the oldest one still open: a test asking for it passes only when the earlier
     * notice happened to have closed already.
     */
    public static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }

    /**
     * Publishes the period the review page has chosen, through its confirmation, and waits until the page
     * offers no publishing any more: a state, not a notification that fades.
     */
    public static void publishPeriod(Page reviewer) {
        reviewer.locator("#publish-period").click();
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(仍然)?发布$")))
                .click();
        PlaywrightAssertions.assertThat(reviewer.locator("#publish-period")).hasCount(0);
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
