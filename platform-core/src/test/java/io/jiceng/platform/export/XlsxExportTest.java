package io.jiceng.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    @Test
    void aPublicNoticeHasItsTitleAcrossTheTableAndAStyledFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = xlsx(ExportSamples.publicNotice())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(ExportSamples.TITLE);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 5), new CellRangeAddress(1, 1, 0, 5));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ExportSamples.PERIOD);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("身份证号");
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("张*明");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("李*㛃");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("吉*𠮷");
        }
    }

    @Test
    void numbersStayNumbersSoThatExcelCanSumThem() throws IOException {
        try (XSSFWorkbook workbook = xlsx(ExportSamples.publicNotice())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFCell amount = sheet.getRow(5).getCell(4);
            XSSFCell date = sheet.getRow(5).getCell(5);
            XSSFCell idNumber = sheet.getRow(5).getCell(2);

            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(12345.6);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 21));
            assertThat(date.getCellStyle().getDataFormatString()).contains("年", "月", "日");
            assertThat(idNumber.getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void theTotalRowIsBoldAndFollowedByNotesAndSignOff() throws IOException {
        try (XSSFWorkbook workbook = xlsx(ExportSamples.publicNotice())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFCell total = sheet.getRow(6).getCell(4);

            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getNumericCellValue()).isEqualTo(14745.6);
            assertThat(total.getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(3).getCell(4).getCellStyle().getFont().getBold()).isFalse();
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).contains("监督电话");
            assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).isEqualTo("长沙市芙蓉区东湖街道办事处");
            assertThat(sheet.getRow(10).getCell(0).getStringCellValue()).isEqualTo("2026年11月26日");
        }
    }

    @Test
    void columnsAreWideEnoughForTheirChineseText() throws IOException {
        try (XSSFWorkbook workbook = xlsx(ExportSamples.publicNotice())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            // 扶助金额（元）: seven Chinese characters, two character widths each
            assertThat(sheet.getColumnWidth(4)).isGreaterThanOrEqualTo(14 * 256);
            assertThat(sheet.getColumnWidth(2)).isGreaterThanOrEqualTo("430102********1234".length() * 256);
            assertThat(sheet.getColumnWidth(0)).isLessThan(sheet.getColumnWidth(2));
        }
    }

    @Test
    void itPrintsOnA4FitToWidthWithTheHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = xlsx(ExportSamples.publicNotice())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();

            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isFalse();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 / 共 &N 页");
        }
    }

    @Test
    void aTableWithManyWideColumnsPrintsLandscape() throws IOException {
        TableDocument.Builder wide = TableDocument.titled("流动人口健康档案").columns("姓名", "身份证号", "现居住地址",
                "户籍地址", "联系电话", "建档日期", "服务套餐", "备注");
        wide.row(Cell.text("赵*"), Cell.text("430102199001011234"), Cell.text("湖南省长沙市芙蓉区东湖街道东风社区8栋"),
                Cell.text("四川省南充市顺庆区某某镇某某村三组"), Cell.text("13800000000"), Cell.date(LocalDate.of(2026, 3, 1)),
                Cell.text("0-6岁儿童健康管理"), Cell.text("已随访"));
        try (XSSFWorkbook workbook = xlsx(wide.build())) {
            assertThat(workbook.getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void aPaymentListOfTwentyThousandPeopleIsWrittenWhole() throws IOException {
        try (XSSFWorkbook workbook = xlsx(ExportSamples.paymentList(20_000))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int header = 2;
            int subtotals = 20;

            assertThat(sheet.getLastRowNum()).isEqualTo(header + 20_000 + subtotals + 1);
            assertThat(sheet.getRow(header + 1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(header + 1000 + 1).getCell(0).getStringCellValue()).isEqualTo("小计");
            var last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(last.getCell(5).getNumericCellValue()).isEqualTo(2_000_000.0);
            assertThat(sheet.getRow(sheet.getLastRowNum() - 2).getCell(0).getNumericCellValue()).isEqualTo(20_000);
        }
    }

    private static XSSFWorkbook xlsx(TableDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(document, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
