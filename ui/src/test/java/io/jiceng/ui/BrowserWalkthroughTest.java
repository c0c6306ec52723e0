package io.jiceng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.jiceng.ui.Chromium.button;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo in a real browser (Debian's Chromium): a street clerk asks for a correction, the township reviewer
 * finds it in the inbox and approves it; the process engine's webapps open for the administrator without a
 * second login and are refused to everyone else. Screenshots go to {@code target/screenshots}.
 */
@Tag("browser")
@ApiTest
class BrowserWalkthroughTest {

    static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page loggedIn(String username) {
        return Chromium.loggedIn(browser, port, username);
    }

    @Test
    void aClerkRequestsACorrectionAndTheTownshipReviewerApprovesItFromTheInbox() {
        Page clerk = loggedIn("clerk");
        clerk.navigate("http://localhost:" + port + "/residents");
        button(clerk, "申请更正").first().click();
        clerk.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("更正为")).locator("input").fill("13912345678");
        clerk.locator("vaadin-text-area", new Page.LocatorOptions().setHasText("更正理由")).locator("textarea").fill("本人手机号码已变更");
        button(clerk, "提交申请").click();
        Locator caseTitle = clerk.locator("h2", new Page.LocatorOptions().setHasText("RC-"));
        assertThat(caseTitle).isVisible();
        String caseNo = caseTitle.textContent().split("\\s|　")[0];
        assertThat(caseNo).matches("RC-\\d{4}-\\d{6}");
        clerk.context().close();

        Page reviewer = loggedIn("reviewer");
        reviewer.locator("vaadin-tab", new Page.LocatorOptions().setHasText("可签收")).click();
        assertThat(reviewer.getByText(caseNo)).isVisible();
        reviewer.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("inbox.png")));
        reviewer.getByText(caseNo).dblclick();
        assertThat(reviewer.locator("h2", new Page.LocatorOptions().setHasText(caseNo))).isVisible();
        button(reviewer, "签收").click();
        reviewer.locator("vaadin-text-area", new Page.LocatorOptions().setHasText("办理意见")).locator("textarea").fill("经核实，同意更正。");
        reviewer.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("case.png")).setFullPage(true));
        button(reviewer, "提交办理意见").click();
        assertThat(reviewer.getByText("已通过").first()).isVisible();
        assertThat(reviewer.getByText("经核实，同意更正。")).isVisible();
        reviewer.context().close();
    }

    @Test
    void theWholeApplicationSwitchesToEnglish() {
        Page clerk = loggedIn("clerk");
        clerk.locator("vaadin-select", new Page.LocatorOptions().setHasText("中文")).click();
        clerk.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(clerk.getByText("My tasks").first()).isVisible();
        assertThat(clerk.getByText("Residents").first()).isVisible();
        assertThat(clerk.getByText("Street-office clerk", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        clerk.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("inbox-en.png")));
        clerk.context().close();
    }

    @Test
    void theProcessEngineWebappsOpenForTheAdministratorWithoutASecondLoginAndForNobodyElse() {
        Page reviewer = loggedIn("reviewer");
        Response refused = reviewer.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/");
        assertThat(refused.status()).isEqualTo(403);
        reviewer.context().close();

        Page admin = loggedIn("admin");
        Response cockpit = admin.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(admin.getByText("resident-correction").or(admin.getByText("居民信息更正")).first()).isVisible();
        assertThat(admin.locator("input[type='password']")).hasCount(0);
        admin.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("cockpit.png")));
        admin.context().close();
    }
}
