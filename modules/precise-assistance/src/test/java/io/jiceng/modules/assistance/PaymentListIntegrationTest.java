package io.jiceng.modules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.modules.assistance.award.AwardService;
import io.jiceng.modules.assistance.payment.PaymentDocument;
import io.jiceng.modules.assistance.payment.PaymentLine;
import io.jiceng.modules.assistance.payment.PaymentList;
import io.jiceng.modules.assistance.payment.PaymentLists;
import io.jiceng.modules.assistance.payment.Recipient;
import io.jiceng.modules.assistance.payment.RecipientMapper;
import io.jiceng.modules.assistance.payment.Reconciliation;
import io.jiceng.modules.assistance.payment.Reconfirmations;
import io.jiceng.modules.assistance.payment.StopReason;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.export.TableExport;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.resident.Resident;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The payment list of a year: its totals, its Excel form, its reconciliation and next year's re-confirmation. */
@SpringBootTest
class PaymentListIntegrationTest {

    static final int YEAR = AwardService.currentYear();

    @Autowired ApplicationContext context;
    @Autowired PaymentLists lists;
    @Autowired PaymentDocument documents;
    @Autowired RecipientMapper recipients;
    @Autowired Reconfirmations reconfirmations;

    @Test
    void theExcelListsTotalsMatchTheListAndItsTownshipSubtotals() throws Exception {
        AwardDesk desk = new AwardDesk(context);
        desk.confirm(desk.resident("王秀凤", "19560101", true), YEAR);
        desk.confirm(desk.resident("王阿土", "19550202", false), YEAR);
        PaymentList list = desk.as("pa-county", () -> lists.list(AwardDesk.COUNTY, YEAR));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TableExport.xlsx(documents.of(list, Locale.SIMPLIFIED_CHINESE), xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            BigDecimal lines = BigDecimal.ZERO;
            BigDecimal subtotals = BigDecimal.ZERO;
            BigDecimal total = null;
            for (Row row : sheet) {
                var amount = row.getCell(6);
                var label = row.getCell(1);
                if (amount == null || amount.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                String text = label == null ? "" : label.getStringCellValue();
                BigDecimal value = BigDecimal.valueOf(amount.getNumericCellValue());
                if (text.endsWith("小计")) {
                    subtotals = subtotals.add(value);
                } else if (text.equals("合计")) {
                    total = value;
                } else {
                    lines = lines.add(value);
                }
            }
            assertThat(total).isNotNull();
            assertThat(total).isEqualByComparingTo(list.amount()).isEqualByComparingTo(lines).isEqualByComparingTo(subtotals);
            assertThat(list.amount()).isEqualByComparingTo(
                    list.townships().stream().flatMap(t -> t.lines().stream()).map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(list.people()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void reconciliationFindsAConfirmedRecipientMissingFromTheList() {
        AwardDesk desk = new AwardDesk(context);
        Resident resident = desk.resident("许月娇", "19540404", true);
        CaseRecord record = desk.confirm(resident, YEAR);
        assertThat(desk.as("pa-county", () -> lists.reconcile(AwardDesk.COUNTY, YEAR)).missing())
                .extracting(Reconciliation.Difference::residentId).doesNotContain(resident.id());

        Recipient listed = recipients.find(resident.id(), "rural-award", YEAR).orElseThrow();
        recipients.delete(listed.id());

        Reconciliation reconciliation = desk.as("pa-county", () -> lists.reconcile(AwardDesk.COUNTY, YEAR));
        assertThat(reconciliation.balanced()).isFalse();
        assertThat(reconciliation.missing()).singleElement().satisfies(missing -> {
            assertThat(missing.residentId()).isEqualTo(resident.id());
            assertThat(missing.caseNo()).isEqualTo(record.caseNo());
            assertThat(missing.maskedName()).isEqualTo("许*娇");
        });
        recipients.insert(resident.id(), "rural-award", YEAR, resident.divisionCode(), record.id(), "CONFIRMED", null, null,
                null, Instant.now());
    }

    @Test
    void aStoppedRecipientIsNotPaidNextYear() {
        AwardDesk desk = new AwardDesk(context);
        Resident continuing = desk.resident("卓阿妹", "19500505", true);
        Resident deceased = desk.resident("卓老汉", "19480606", false);
        recipients.insert(continuing.id(), "rural-award", YEAR, continuing.divisionCode(), null, "CONFIRMED", null, null, null, Instant.now());
        recipients.insert(deceased.id(), "rural-award", YEAR, deceased.divisionCode(), null, "CONFIRMED", null, null, null, Instant.now());

        assertThat(desk.as("pa-clerk", () -> reconfirmations.due(null, YEAR + 1))).extracting(d -> d.lastYear().residentId())
                .contains(continuing.id(), deceased.id());
        assertThatThrownBy(() -> desk.as("pa-clerk", () -> reconfirmations.stop(deceased.id(), "rural-award", YEAR + 1, StopReason.OTHER, " ")))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "note");
        desk.as("pa-clerk", () -> reconfirmations.continueFor(continuing.id(), "rural-award", YEAR + 1));
        desk.as("pa-clerk", () -> reconfirmations.stop(deceased.id(), "rural-award", YEAR + 1, StopReason.DEATH, "2026年10月病故"));

        PaymentList next = desk.as("pa-county", () -> lists.list(AwardDesk.COUNTY, YEAR + 1));
        assertThat(next.townships()).flatExtracting(t -> t.lines()).extracting(PaymentLine::residentId)
                .contains(continuing.id()).doesNotContain(deceased.id());
        assertThat(desk.as("pa-clerk2", () -> reconfirmations.due(null, YEAR + 1))).as("the neighbouring street")
                .extracting(d -> d.lastYear().residentId()).doesNotContain(continuing.id(), deceased.id());
    }
}
