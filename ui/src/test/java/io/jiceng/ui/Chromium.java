package io.jiceng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright, as the browser tests use it: launch, log a demo user in, find grid rows. */
final class Chromium {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target/screenshots");
    /**
     * How long a test waits for what it needs: a 2-core machine shared by several builds (the MariaDB pass, a Vaadin
     * frontend build) has taken more than 30 s to answer one Vaadin round trip. A test that is right is not slowed by it.
     */
    static final double TIMEOUT_MS = 90_000;
    /** Whether every Vaadin client on the page is idle: no request in flight, nothing queued (as TestBench waits). */
    private static final String VAADIN_IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())""";

    private Chromium() {
    }

    static Browser launch(Playwright playwright) throws Exception {
        assertThat(Files.isExecutable(EXECUTABLE)).as("Debian's chromium is needed for this test: apt-get install chromium").isTrue();
        Files.createDirectories(SCREENSHOTS);
        // a loaded 2-core machine takes far longer than Playwright's 5 s to draw Cockpit or a Vaadin view
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A fresh browser context (Chinese, no cookies) with the demo user logged in and the inbox drawn. */
    static Page loggedIn(Browser browser, int port, String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setLocale("zh-CN").setAcceptDownloads(true));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("Demo@2026");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("登录")).click();
        assertThat(page.getByText("我的待办").first()).isVisible();
        settled(page);
        return page;
    }

    /**
     * Waits until Vaadin has answered everything the page sent: after a click or an entry whose answer changes what
     * the next step acts on (a form reset, a dialog, a grid refreshed), rather than sleeping.
     */
    static void settled(Page page) {
        page.waitForFunction(VAADIN_IDLE, null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS).setPollingInterval(100));
    }

    static Locator button(Locator scope, String text) {
        return scope.locator("vaadin-button", new Locator.LocatorOptions().setHasText(text));
    }

    static Locator button(Page page, String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text));
    }

    /**
     * The cell in column {@code column} (from 0; negative counts from the end) of the grid row showing exactly
     * {@code rowText} in one of its cells. A Vaadin grid keeps rows in its shadow DOM and slots the cell contents
     * in from the light DOM, so the row is found through the cell's slot.
     */
    static Locator cellInRow(Locator grid, String rowText, int column) {
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(rowText)).first()).isVisible();
        Object slots = grid.evaluate("""
                (grid, text) => {
                  const rowOf = c => c.assignedSlot && c.assignedSlot.closest('tr');
                  const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                      .find(c => c.textContent.trim() === text && rowOf(c) && !rowOf(c).hidden);
                  if (!cell) return null;
                  return [...rowOf(cell).querySelectorAll('td slot')].map(s => s.name);
                }""", rowText);
        assertThat(slots).as("a row of the grid showing %s", rowText).isInstanceOf(List.class);
        List<?> names = (List<?>) slots;
        Object slot = names.get(column < 0 ? names.size() + column : column);
        return grid.locator("vaadin-grid-cell-content[slot='" + slot + "']");
    }
}
