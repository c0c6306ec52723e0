package io.jiceng.platform.residentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;

/** A clerk imports a file of residents: valid rows are registered, every other row is reported with its reason. */
@SpringBootTest
class ResidentImportIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static final String HEADER = "身份证号,姓名,联系电话,户号,与户主关系,所属区划代码,现住址,是否流动人口";

    @Autowired StaffFixture staff;
    @Autowired ResidentImport residentImport;
    @Autowired ResidentService residents;
    @Autowired CurrentStaff currentStaff;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        staff.ensure();
    }

    private static String newIdNumber() {
        return IdNumber.withCheckChar("350583" + "19720315" + SEQUENCE.incrementAndGet());
    }

    private static String wrongCheckDigit(String idNumber) {
        char last = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (last == '1' ? '2' : '1');
    }

    private ImportResult importAs(String user, String fileName, byte[] content) {
        return staff.as(user, () -> residentImport.importFile(fileName, content));
    }

    private Resident find(String idNumber) {
        return staff.as("t-clerk", () -> residents.search(new ResidentQuery(idNumber, null, 0, 5)).residents())
                .stream().filter(r -> r.idNumber().equals(idNumber)).findFirst().orElse(null);
    }

    private static byte[] csv(Charset charset, boolean bom, String... lines) {
        byte[] text = String.join("\r\n", lines).getBytes(charset);
        if (!bom) {
            return text;
        }
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    @Test
    void aCsvFileImportsItsValidRowsAndReportsEveryOtherRowWithItsExcelRowNumber() {
        String first = newIdNumber();
        String second = newIdNumber();
        String foreign = newIdNumber();
        byte[] file = csv(StandardCharsets.UTF_8, true,
                HEADER,
                first + ",陈秀英,13905950001,H001,户主," + StaffFixture.XIMEI_COMMUNITY + ",\"溪美街道中山路1号, 3楼\",否",
                wrongCheckDigit(newIdNumber()) + ",林志强,,,," + StaffFixture.XIMEI_COMMUNITY + ",,",
                "",
                second + ",黄阿妹,,,," + StaffFixture.XIMEI_COMMUNITY + ",,是",
                first + ",陈秀英,,,," + StaffFixture.XIMEI_COMMUNITY + ",,否",
                foreign + ",李明,,,," + StaffFixture.LIUCHENG_COMMUNITY + ",,否",
                newIdNumber() + ",王五,,,," + StaffFixture.XIMEI_COMMUNITY + ",,也许");

        ImportResult result = importAs("t-clerk", "居民.csv", file);

        assertThat(result.rows()).isEqualTo(6);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(4);
        assertThat(result.errors()).extracting(RowError::row).containsExactly(3, 6, 7, 8);
        assertThat(result.errors()).extracting(RowError::column).containsExactly("身份证号", "身份证号", "所属区划代码", "是否流动人口");
        assertThat(result.errors()).extracting(e -> e.problem().messageKey()).containsExactly(
                "id-number.check-digit", "resident.import.duplicate-in-file", "resident.division.out-of-scope",
                "resident.import.migrant-invalid");
        assertThat(result.errors().get(1).problem().arguments()).containsExactly(2);

        Resident imported = find(first);
        assertThat(imported.name()).isEqualTo("陈秀英");
        assertThat(imported.address()).isEqualTo("溪美街道中山路1号, 3楼");
        assertThat(imported.householdRelation()).isEqualTo("户主");
        assertThat(find(second).migrant()).isTrue();
        assertThat(find(foreign)).isNull();
    }

    @Test
    void anXlsxFileWithEnglishHeadersIsImportedAndResidentsAlreadyRegisteredAreReported() throws IOException {
        String registered = newIdNumber();
        ResidentForm form = new ResidentForm();
        form.setIdNumber(registered);
        form.setName("郑志强");
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        staff.as("t-clerk", () -> residents.register(form));
        String fresh = newIdNumber();

        byte[] file = xlsx(sheet -> {
            row(sheet, 0, "No.", "ID number", "Name", "Division code", "Migrant");
            row(sheet, 1, "1", fresh, "Zhang San", StaffFixture.XIMEI_COMMUNITY, "no");
            row(sheet, 2, "2", registered, "郑志强", StaffFixture.XIMEI_COMMUNITY, "");
            Row numeric = row(sheet, 4, "3", null, "苏婉清", StaffFixture.XIMEI_COMMUNITY, "");
            numeric.createCell(1).setCellValue(350583197203150000d);
            row(sheet, 5, "4", newIdNumber(), "", StaffFixture.XIMEI_COMMUNITY, "");
        });

        ImportResult result = importAs("t-clerk", "residents.xlsx", file);

        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(find(fresh).name()).isEqualTo("Zhang San");
        assertThat(result.errors()).extracting(RowError::row).containsExactly(3, 5, 6);
        assertThat(result.errors()).extracting(RowError::column).containsExactly("ID number", "ID number", "Name");
        assertThat(result.errors()).extracting(e -> e.problem().messageKey()).containsExactly(
                "resident.duplicate", "resident.import.id-number-as-number", "resident.name.required");
        assertThat(result.errors().get(0).problem().arguments()[0]).isEqualTo("郑*强");
    }

    @Test
    void aCsvSavedByChineseExcelInGbkIsReadCorrectly() {
        String idNumber = newIdNumber();
        byte[] file = csv(Charset.forName("GBK"), false, HEADER,
                idNumber + ",欧阳秀兰,,,," + StaffFixture.XIMEI_COMMUNITY + ",溪美街道,否");

        ImportResult result = importAs("t-clerk", "gbk.csv", file);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(find(idNumber).name()).isEqualTo("欧阳秀兰");
        assertThat(find(idNumber).address()).isEqualTo("溪美街道");
    }

    @Test
    void quotedCsvFieldsHoldCommasDoubledQuotesAndLineBreaksAndRowsKeepTheirExcelNumbers() {
        String first = newIdNumber();
        String second = newIdNumber();
        byte[] file = csv(StandardCharsets.UTF_8, true, HEADER,
                first + ",陈秀英,,,," + StaffFixture.XIMEI_COMMUNITY + ",\"中山路\"\"1号\"\"\r\n3楼, 东侧\",否",
                wrongCheckDigit(newIdNumber()) + ",林志强,,,," + StaffFixture.XIMEI_COMMUNITY + ",,否",
                second + ",黄阿妹,,,," + StaffFixture.XIMEI_COMMUNITY + ",\"\",是");

        ImportResult result = importAs("t-clerk", "居民.csv", file);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.errors()).extracting(RowError::row).as("one row of Excel per record").containsExactly(3);
        assertThat(find(first).address()).isEqualTo("中山路\"1号\"\r\n3楼, 东侧");
        assertThat(find(second).migrant()).isTrue();
        assertThatThrownBy(() -> importAs("t-clerk", "residents.csv", csv(StandardCharsets.UTF_8, false, HEADER,
                newIdNumber() + ",陈一,,,," + StaffFixture.XIMEI_COMMUNITY + ",\"中山路1号,否")))
                .as("a quote never closed").isInstanceOf(Problem.class)
                .extracting("messageKey").isEqualTo("resident.import.unreadable");
    }

    @Test
    void filesThatCannotBeTakenAsAWholeAreRefusedBeforeAnyRowIsImported() {
        String idNumber = newIdNumber();
        byte[] good = csv(StandardCharsets.UTF_8, false, HEADER,
                idNumber + ",陈一,,,," + StaffFixture.XIMEI_COMMUNITY + ",,否");

        assertThatThrownBy(() -> importAs("t-clerk", "residents.xlsx", good))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("resident.import.content-mismatch");
        assertThatThrownBy(() -> importAs("t-clerk", "residents.pdf", good))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("resident.import.type-not-allowed");
        byte[] binary = {'%', 'P', 'D', 'F', 0, 1, 2, 0};
        assertThatThrownBy(() -> importAs("t-clerk", "residents.csv", binary))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("resident.import.content-mismatch");
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThatThrownBy(() -> importAs("t-clerk", "residents.csv", oldExcel))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("resident.import.old-excel");
        assertThatThrownBy(() -> importAs("t-clerk", "residents.csv",
                csv(StandardCharsets.UTF_8, false, "姓名,联系电话", "陈一,13905950001")))
                .isInstanceOf(Problem.class).hasMessageContaining("resident.import.columns-missing")
                .hasMessageContaining("身份证号").hasMessageContaining("所属区划代码");
        assertThatThrownBy(() -> importAs("t-clerk", "residents.csv",
                csv(StandardCharsets.UTF_8, false, HEADER + ",备注", idNumber + ",陈一,,,,,,,")))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("resident.import.column-unknown");
        assertThatThrownBy(() -> importAs("t-reviewer", "residents.csv", good))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("staff.permission.missing");

        assertThat(find(idNumber)).isNull();
    }

    @Test
    void theRowCountAndFileSizeAreLimited() {
        ResidentImport small = new ResidentImport(residents, currentStaff, transactions, 400, 2);
        String[] lines = {HEADER,
                newIdNumber() + ",陈一,,,," + StaffFixture.XIMEI_COMMUNITY + ",,",
                newIdNumber() + ",陈二,,,," + StaffFixture.XIMEI_COMMUNITY + ",,",
                newIdNumber() + ",陈三,,,," + StaffFixture.XIMEI_COMMUNITY + ",,"};

        assertThatThrownBy(() -> staff.as("t-clerk", () -> small.importFile("many.csv", csv(StandardCharsets.UTF_8, false, lines))))
                .isInstanceOf(Problem.class).hasMessage("resident.import.too-many-rows[2]");
        byte[] large = new byte[401];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThatThrownBy(() -> staff.as("t-clerk", () -> small.importFile("large.csv", large)))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("resident.import.too-large");
        assertThat(find(lines[1].substring(0, 18))).isNull();
    }

    @Test
    void theTemplateIsAnXlsxWhoseHeadersTheImportRecognises() throws IOException {
        byte[] template = ImportWorkbooks.template(Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("身份证号*");
            assertThat(header.getLastCellNum()).isEqualTo((short) ImportColumn.values().length);
        }
        ImportResult empty = importAs("t-clerk", "模板.xlsx", template);
        assertThat(empty.rows()).isZero();
        assertThat(importAs("t-clerk", "template.xlsx", ImportWorkbooks.template(Locale.ENGLISH)).errors()).isEmpty();
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    private static byte[] xlsx(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet());
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
