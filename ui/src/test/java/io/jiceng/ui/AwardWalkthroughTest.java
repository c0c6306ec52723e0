package io.jiceng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.jiceng.ui.Chromium.button;
import static io.jiceng.ui.Chromium.cellInRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5 checked in a real browser: the village specialist files a batch of award applications (one failing a rule,
 * filed with a reason), the village, township and county reviewers batch-approve it from their inboxes, the street's
 * counter clerk publishes the notice and registers two objections, the township upholds one and dismisses the other,
 * the notice closes by itself, and the county's Excel payment list holds exactly the confirmed applicants.
 */
@Tag("browser")
// a context of its own: the notice period of 60 s that it waits out in the browser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:award-walkthrough;DB_CLOSE_DELAY=-1",
                // long enough for the counter to register two objections on a loaded machine; the test polls its end
                "platform.notice.period.precise-assistance/award=PT60S"})
class AwardWalkthroughTest {

    private static final String VILLAGE = "350583001001";
    /** The batch's surname: none of the demo residents has it, so the inbox keyword finds the batch and nothing else. */
    private static final String SURNAME = "蔺";
    private static final Pattern CASE_NO = Pattern.compile("JL-\\d{4}-\\d{6}");
    /** The demo standards for the current years (V2__award_schemes_and_rules.sql), yuan per person and year. */
    private static final BigDecimal RURAL_AWARD = new BigDecimal("1200");
    private static final BigDecimal TWO_DAUGHTERS = new BigDecimal("360");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;
    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired CaseService cases;

    /** One applicant of the batch and what the specialist records for them. */
    record Applicant(String name, String birthDate, boolean male, String scheme, List<String> childrenSexAndYear,
                     String overrideReason) {

        String idNumber() {
            return IdNumber.withCheckChar("350583" + birthDate + "55" + (male ? "1" : "2"));
        }

        String maskedName() {
            return name.charAt(0) + "*" + name.charAt(name.length() - 1);
        }
    }

    private final Applicant passes = new Applicant("蔺秀英", "19580312", false, "农村部分计划生育家庭奖励扶助", List.of("女1985"), null);
    private final Applicant upheld = new Applicant("蔺德明", "19600721", true, "农村部分计划生育家庭奖励扶助", List.of("男1986"), null);
    private final Applicant dismissed = new Applicant("蔺桂兰", "19611102", false, "农村部分计划生育家庭奖励扶助", List.of("女1987"), null);
    private final Applicant twoDaughters = new Applicant("蔺月娥", "19630530", false, "农村二女节育奖励", List.of("女1988", "女1991"), null);
    private final Applicant tooYoung = new Applicant("蔺志强", "19680909", true, "农村部分计划生育家庭奖励扶助", List.of("女1995"),
            "本人年底前随子女迁回原籍照料，村委会研究同意先行申报");
    private final List<Applicant> batch = List.of(passes, upheld, dismissed, twoDaughters, tooYoung);

    /** On a failure, what each open page showed (the pages of a failed step stay open). */
    @RegisterExtension
    static final TestWatcher SCREENSHOTS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            int n = 0;
            for (var browserContext : browser.contexts()) {
                for (Page page : browserContext.pages()) {
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(Chromium.SCREENSHOTS.resolve("award-failure-" + (++n) + ".png")));
                }
            }
        }
    };

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

    @Test
    void aBatchGoesFromTheVillageToThePaymentListAndAnUpheldObjectionKeepsOneOffIt() throws Exception {
        Map<Applicant, Long> residentIds = new LinkedHashMap<>();
        batch.forEach(applicant -> residentIds.put(applicant, register(applicant)));

        Map<Applicant, String> caseNos = fileTheBatch();
        approveTheBatchFromTheInbox("specialist");
        approveTheBatchFromTheInbox("reviewer");
        approveTheBatchFromTheInbox("county");
        assertThat(statusOf(residentIds.get(passes))).isEqualTo(CaseStatus.AWAITING_NOTICE);

        Instant published = publishTheNoticeAndRegisterTwoObjections(caseNos);
        investigate(caseNos.get(upheld), "异议成立", "经入户核实，申请人有政策外生育，异议成立。");
        investigate(caseNos.get(dismissed), "异议不成立", "经核实，所反映的子女为其侄女，异议不成立。");

        List<Applicant> confirmed = List.of(passes, dismissed, twoDaughters, tooYoung);
        awaitTheEndOfTheNotice(published, confirmed.stream().map(residentIds::get).toList());
        assertThat(statusOf(residentIds.get(upheld))).isEqualTo(CaseStatus.REJECTED);

        checkThePaymentList(confirmed);
    }

    private long register(Applicant applicant) {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(applicant.idNumber());
        form.setName(applicant.name());
        form.setDivisionCode(VILLAGE);
        form.setAddress("溪美街道溪美社区");
        Resident resident = currentStaff.runAs("clerk", () -> residents.register(form));
        return resident.id();
    }

    /** 奖励扶助申请, one applicant after the other; the one failing the age rule is filed only with a written reason. */
    private Map<Applicant, String> fileTheBatch() {
        Page specialist = Chromium.loggedIn(browser, port, "specialist");
        specialist.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("奖励扶助申请")).click();
        assertThat(specialist.locator("h2", new Page.LocatorOptions().setHasText("奖励扶助申请"))).isVisible();
        Map<Applicant, String> caseNos = new LinkedHashMap<>();
        for (Applicant applicant : batch) {
            field(specialist, "vaadin-text-field", "申请人身份证号码").fill(applicant.idNumber());
            button(specialist, "查找").click();
            assertThat(specialist.getByText(applicant.maskedName() + " · ")).isVisible();
            Chromium.settled(specialist);
            chooseScheme(specialist, applicant.scheme());
            Chromium.settled(specialist);
            specialist.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("本人及配偶为农村户籍")).click();
            Chromium.settled(specialist);
            for (String child : applicant.childrenSexAndYear()) {
                specialist.locator("vaadin-select", new Page.LocatorOptions().setHasText("性别")).click();
                specialist.locator("vaadin-select-item[role='option']", new Page.LocatorOptions().setHasText(child.substring(0, 1))).click();
                field(specialist, "vaadin-integer-field", "出生年份").fill(child.substring(1));
                button(specialist, "添加子女").click();
                Chromium.settled(specialist);
            }
            Locator overrideReason = field(specialist, "vaadin-text-area", "不符合条件仍予申报的理由");
            Locator rules = specialist.locator("#award-rules");
            if (applicant.overrideReason() != null) {
                assertThat(rules.getByText("✗ 本人在确认年度内年满60周岁")).isVisible();
                assertThat(rules.getByText("✓ 现存一个子女或两个女孩或子女死亡现无子女")).isVisible();
                button(specialist, "提交申请").click();
                assertThat(specialist.locator("vaadin-text-area[invalid]")
                        .getByText("申请人不符合以下条件：本人在确认年度内年满60周岁。如仍需申报，请写明理由。")).isVisible();
                specialist.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("award-rule-failed.png"))
                        .setFullPage(true));
                overrideReason.fill(applicant.overrideReason());
                Chromium.settled(specialist);
            } else {
                assertThat(rules.getByText(applicant.scheme().equals(twoDaughters.scheme()) ? "✓ 只生育两个女孩"
                        : "✓ 本人在确认年度内年满60周岁")).isVisible();
                assertThat(rules.getByText("✗ ", new Locator.GetByTextOptions().setExact(false))).hasCount(0);
            }
            button(specialist, "提交申请").click();
            Chromium.settled(specialist);
            Locator filed = specialist.locator("#award-details h3", new Page.LocatorOptions()
                    .setHasText(Pattern.compile(CASE_NO.pattern() + " · " + applicant.maskedName().replace("*", "\\*"))));
            assertThat(filed).isVisible();
            Matcher caseNo = CASE_NO.matcher(filed.textContent());
            assertThat(caseNo.find()).isTrue();
            caseNos.put(applicant, caseNo.group());
            // the form is ready for the next applicant: nothing of this family is carried over
            assertThat(field(specialist, "vaadin-text-field", "申请人身份证号码")).hasValue("");
            Chromium.settled(specialist);
        }
        assertThat(specialist.getByText("不符合条件，说明理由后申报")).isVisible();
        specialist.context().close();
        return caseNos;
    }

    private static Locator field(Page page, String tag, String label) {
        return page.locator(tag, new Page.LocatorOptions().setHasText(label)).locator("input, textarea").first();
    }

    private static void chooseScheme(Page page, String scheme) {
        Locator comboBox = page.locator("vaadin-combo-box", new Page.LocatorOptions().setHasText("扶助项目"));
        if (scheme.equals(comboBox.locator("input").inputValue())) {
            return;
        }
        comboBox.locator("input").fill(scheme);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(scheme)).first().click();
        assertThat(comboBox.locator("input")).hasValue(scheme);
    }

    /** 我的待办 → 可签收, the keyword narrows to the batch, the header box ticks it all, 批量同意. */
    private void approveTheBatchFromTheInbox(String username) {
        Page reviewer = Chromium.loggedIn(browser, port, username);
        reviewer.locator("vaadin-tab", new Page.LocatorOptions().setHasText("可签收")).click();
        Chromium.settled(reviewer);
        field(reviewer, "vaadin-text-field", "关键字").fill(SURNAME);
        assertThat(reviewer.locator("vaadin-tab", new Page.LocatorOptions().setHasText("可签收（" + batch.size() + "）"))).isVisible();
        Locator grid = reviewer.locator("vaadin-grid").first();
        for (Applicant applicant : batch) {
            assertThat(grid.getByText(applicant.maskedName() + " · ", new Locator.GetByTextOptions().setExact(false))).isVisible();
        }
        grid.locator("vaadin-checkbox#selectAllCheckbox").click();
        Chromium.settled(reviewer);
        button(reviewer, "批量同意").click();
        Locator dialog = reviewer.locator("vaadin-dialog-overlay[opened]");
        assertThat(dialog.getByText("批量同意（" + batch.size() + " 件）")).isVisible();
        reviewer.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("award-batch-" + username + ".png")));
        button(dialog, "同意").click();
        assertThat(reviewer.getByText("已办理 " + batch.size() + " 件。")).isVisible();
        assertThat(reviewer.locator("vaadin-tab", new Page.LocatorOptions().setHasText("可签收（0）"))).isVisible();
        reviewer.context().close();
    }

    /** 公示管理 → 发布公示: only this batch is ticked; then two objections come to the counter. */
    private Instant publishTheNoticeAndRegisterTwoObjections(Map<Applicant, String> caseNos) {
        Page clerk = Chromium.loggedIn(browser, port, "clerk");
        clerk.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("公示管理")).click();
        button(clerk, "发布公示").click();
        Locator dialog = clerk.locator("vaadin-dialog-overlay[opened]");
        dialog.locator("vaadin-select", new Locator.LocatorOptions().setHasText("公示事项")).click();
        clerk.locator("vaadin-select-item[role='option']", new Page.LocatorOptions().setHasText("奖励扶助对象")).click();
        Locator waiting = clerk.locator("vaadin-grid#waiting");
        assertThat(waiting.getByText(caseNos.get(tooYoung))).isVisible();
        // the demo's own approved applications wait too: untick everything, then tick the batch
        waiting.locator("vaadin-checkbox#selectAllCheckbox").click();
        Chromium.settled(clerk);
        for (String caseNo : caseNos.values()) {
            cellInRow(waiting, caseNo, 0).locator("vaadin-checkbox").click();
            Chromium.settled(clerk);
        }
        button(dialog, "发布").click();
        Instant published = Instant.now();
        assertThat(clerk.getByText("已发布公示，共 " + batch.size() + " 件。")).isVisible();
        Locator entries = clerk.locator("vaadin-grid#entries");
        assertThat(entries.getByText(caseNos.get(passes))).isVisible();

        registerObjection(clerk, entries, caseNos.get(upheld), "村民甲", "该户1995年有政策外生育，不符合奖励扶助条件。");
        registerObjection(clerk, entries, caseNos.get(dismissed), "村民乙", "申请人还有一个女儿在外地，不止一个子女。");
        Locator objections = clerk.locator("vaadin-grid#objections");
        assertThat(objections.getByText("该户1995年有政策外生育，不符合奖励扶助条件。")).isVisible();
        assertThat(objections.getByText("申请人还有一个女儿在外地，不止一个子女。")).isVisible();
        clerk.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("award-notice.png")).setFullPage(true));
        clerk.context().close();
        return published;
    }

    private static void registerObjection(Page clerk, Locator entries, String caseNo, String objector, String reason) {
        button(cellInRow(entries, caseNo, -1), "登记异议").click();
        Locator dialog = clerk.locator("vaadin-dialog-overlay[opened]");
        assertThat(dialog.getByText("登记异议：" + caseNo, new Locator.GetByTextOptions().setExact(false))).isVisible();
        dialog.locator("vaadin-text-field", new Locator.LocatorOptions().setHasText("异议人")).locator("input").fill(objector);
        dialog.locator("vaadin-text-area", new Locator.LocatorOptions().setHasText("异议内容")).locator("textarea").fill(reason);
        Chromium.settled(clerk);
        button(dialog, "登记异议").click();
        assertThat(clerk.getByText("异议已登记，已转乡镇（街道）调查核实。").first()).isVisible();
        assertThat(dialog).hasCount(0);
    }

    /** 异议调查核实 from the township reviewer's inbox: claim, find, submit. */
    private void investigate(String caseNo, String finding, String opinion) {
        Page reviewer = Chromium.loggedIn(browser, port, "reviewer");
        reviewer.locator("vaadin-tab", new Page.LocatorOptions().setHasText("可签收")).click();
        field(reviewer, "vaadin-text-field", "关键字").fill(caseNo);
        Locator grid = reviewer.locator("vaadin-grid").first();
        assertThat(reviewer.locator("vaadin-tab", new Page.LocatorOptions().setHasText("可签收（1）"))).isVisible();
        assertThat(cellInRow(grid, caseNo, 4)).hasText("异议调查核实");
        reviewer.getByText(caseNo).first().dblclick();
        assertThat(reviewer.locator("h2", new Page.LocatorOptions().setHasText(caseNo))).isVisible();
        button(reviewer, "签收").click();
        reviewer.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(finding).setExact(true)).check();
        reviewer.locator("vaadin-text-area", new Page.LocatorOptions().setHasText("办理意见")).locator("textarea").fill(opinion);
        button(reviewer, "提交办理意见").click();
        assertThat(reviewer.getByText(opinion)).isVisible();
        reviewer.context().close();
    }

    /** The one wait of the test: the notice period, polled until the notice has closed and each case has gone on. */
    private void awaitTheEndOfTheNotice(Instant published, List<Long> confirmedResidents) throws InterruptedException {
        Instant deadline = published.plus(Duration.ofMinutes(4));
        while (!confirmedResidents.stream().allMatch(id -> statusOf(id) == CaseStatus.APPROVED)) {
            assertThat(Instant.now()).as("the notice closed and its cases were confirmed in time").isBefore(deadline);
            Thread.sleep(1_000);
        }
    }

    private CaseStatus statusOf(long residentId) {
        List<CaseRecord> records = currentStaff.runAs("county", () -> cases.ofResident(residentId));
        assertThat(records).hasSize(1);
        return records.get(0).status();
    }

    /** 精准帮扶 → 发放名单 as the county: the list, its reconciliation, and the Excel file read back cell by cell. */
    private void checkThePaymentList(List<Applicant> confirmed) throws Exception {
        Page county = Chromium.loggedIn(browser, port, "county");
        county.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("发放名单")).click();
        BigDecimal total = confirmed.stream().map(this::standardOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(county.getByText("溪美街道：" + confirmed.size() + " 人，" + total.setScale(2).toPlainString() + " 元",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        button(county, "核对名单").click();
        assertThat(county.getByText("名单与确认结果一致：确认 " + confirmed.size() + " 件，名单 " + confirmed.size() + " 人次。")).isVisible();
        county.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("award-payment-list.png")).setFullPage(true));
        Download download = county.waitForDownload(() -> county.locator("a", new Page.LocatorOptions().setHasText("导出 Excel")).click());
        Path xlsx = Chromium.SCREENSHOTS.resolve("award-payment-list.xlsx");
        download.saveAs(xlsx);
        county.context().close();

        List<List<Object>> lines = new ArrayList<>();
        List<Object> subtotal = null;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                List<Object> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(value(cell)));
                if (cells.size() >= 7 && cells.get(0) instanceof BigDecimal) {
                    lines.add(cells);
                } else if (cells.stream().anyMatch("溪美街道小计"::equals)) {
                    subtotal = cells;
                }
            }
        }
        // columns: 序号, 乡镇（街道）, 村（社区）, 姓名, 身份证号码, 扶助项目, 金额（元）; the county sees names in full
        assertThat(lines).extracting(line -> line.get(3) + "/" + line.get(4) + "/" + line.get(5) + "/" + amount(line.get(6)))
                .containsExactlyInAnyOrderElementsOf(confirmed.stream().map(a -> a.name() + "/" + a.idNumber() + "/"
                        + a.scheme() + "/" + standardOf(a).setScale(2)).toList());
        assertThat(lines).allSatisfy(line -> assertThat(line.get(1)).isEqualTo("溪美街道"));
        assertThat(lines).noneSatisfy(line -> assertThat(line.get(4)).isEqualTo(upheld.idNumber()));
        assertThat(subtotal).as("the township's subtotal row").isNotNull();
        assertThat(subtotal).contains(confirmed.size() + "人");
        assertThat(subtotal.stream().filter(BigDecimal.class::isInstance).map(v -> amount(v))).containsExactly(total.setScale(2));
    }

    private BigDecimal standardOf(Applicant applicant) {
        return applicant.scheme().equals(twoDaughters.scheme()) ? TWO_DAUGHTERS : RURAL_AWARD;
    }

    private static BigDecimal amount(Object value) {
        return ((BigDecimal) value).setScale(2);
    }

    private static Object value(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()) : cell.toString().strip();
    }
}
