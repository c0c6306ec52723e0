package io.jiceng.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a {@link TableDocument} as one .xlsx sheet, streaming rows so that large lists fit in memory. */
final class XlsxExport {

    /** Rows kept in memory while streaming; older ones go to a temporary file. */
    private static final int ROW_WINDOW = 200;
    /** Column widths are measured on the first rows only: a long list's later rows rarely change them. */
    private static final int MEASURED_ROWS = 2_000;
    private static final int MIN_COLUMN_CHARS = 6;
    private static final int MAX_COLUMN_CHARS = 50;
    /** About what A4 portrait holds at 11 pt, in Excel's character widths; wider tables print landscape. */
    private static final int PORTRAIT_CHARS = 95;

    private XlsxExport() {
    }

    static void write(TableDocument document, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            new Writer(workbook, document).write();
            workbook.write(out);
        }
    }

    /** Display width in Excel character units: a Chinese character is two. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int codePoint) {
        return codePoint >= 0x2E80 && !(codePoint >= 0xFF61 && codePoint <= 0xFFDC);
    }

    private static final class Writer {

        private final SXSSFWorkbook workbook;
        private final TableDocument document;
        private final SXSSFSheet sheet;
        private final Map<String, CellStyle> styles = new HashMap<>();
        private final int lastColumn;
        private int nextRow;

        Writer(SXSSFWorkbook workbook, TableDocument document) {
            this.workbook = workbook;
            this.document = document;
            this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(document.title()));
            this.lastColumn = document.columnCount() - 1;
        }

        void write() {
            int[] widths = columnWidths();
            for (int c = 0; c <= lastColumn; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int tableWidth = java.util.Arrays.stream(widths).sum();

            spanningLine(document.title(), style("title", true, HorizontalAlignment.CENTER, null, 16), 28);
            for (String subtitle : document.subtitles()) {
                spanningLine(subtitle, style("subtitle", false, HorizontalAlignment.CENTER, null, 11), -1);
            }
            int headerRow = nextRow;
            headers();
            for (Row row : document.rows()) {
                row(row);
            }
            for (Row row : document.totals()) {
                row(row);
            }
            if (!document.notes().isEmpty() || !document.signOff().isEmpty()) {
                nextRow++;
            }
            for (String note : document.notes()) {
                paragraph(note, HorizontalAlignment.LEFT, tableWidth);
            }
            for (String line : document.signOff()) {
                paragraph(line, HorizontalAlignment.RIGHT, tableWidth);
            }
            sheet.createFreezePane(0, headerRow + 1);
            printSetup(headerRow, tableWidth > PORTRAIT_CHARS);
        }

        private int[] columnWidths() {
            int[] widths = new int[document.columnCount()];
            for (int c = 0; c <= lastColumn; c++) {
                widths[c] = displayWidth(document.headers().get(c));
            }
            List<Row> measured = document.rows().subList(0, Math.min(MEASURED_ROWS, document.rows().size()));
            for (List<Row> part : List.of(measured, document.totals())) {
                for (Row row : part) {
                    for (int c = 0; c <= lastColumn; c++) {
                        widths[c] = Math.max(widths[c], displayWidth(row.cell(c).display()));
                    }
                }
            }
            for (int c = 0; c <= lastColumn; c++) {
                widths[c] = Math.max(MIN_COLUMN_CHARS, Math.min(MAX_COLUMN_CHARS, widths[c] + 2));
            }
            return widths;
        }

        private void spanningLine(String text, CellStyle style, float height) {
            SXSSFRow row = sheet.createRow(nextRow);
            if (height > 0) {
                row.setHeightInPoints(height);
            }
            var cell = row.createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(style);
            merge(nextRow);
            nextRow++;
        }

        private void paragraph(String text, HorizontalAlignment alignment, int tableWidth) {
            int lines = Math.max(1, (displayWidth(text) + tableWidth - 1) / tableWidth);
            CellStyle style = style("paragraph-" + alignment, false, alignment, null, 11);
            spanningLine(text, style, lines * 15f);
        }

        private void merge(int row) {
            if (lastColumn > 0) {
                sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
            }
        }

        private void headers() {
            SXSSFRow row = sheet.createRow(nextRow++);
            CellStyle style = style("header", true, HorizontalAlignment.CENTER, null, 11);
            for (int c = 0; c <= lastColumn; c++) {
                var cell = row.createCell(c);
                cell.setCellValue(document.headers().get(c));
                cell.setCellStyle(style);
            }
        }

        private void row(Row row) {
            SXSSFRow sheetRow = sheet.createRow(nextRow++);
            boolean bold = row.emphasised();
            for (int c = 0; c <= lastColumn; c++) {
                var target = sheetRow.createCell(c);
                Cell cell = row.cell(c);
                if (cell instanceof Cell.Count count) {
                    target.setCellValue(count.value());
                    target.setCellStyle(style("count", bold, HorizontalAlignment.RIGHT, "0", 11));
                } else if (cell instanceof Cell.Amount amount) {
                    target.setCellValue(amount.value().doubleValue());
                    target.setCellStyle(style("amount", bold, HorizontalAlignment.RIGHT,
                            ChineseFormat.pattern(2, true), 11));
                } else if (cell instanceof Cell.Decimal decimal) {
                    target.setCellValue(decimal.value().doubleValue());
                    String format = ChineseFormat.pattern(decimal.scale(), false);
                    target.setCellStyle(style("decimal" + format, bold, HorizontalAlignment.RIGHT, format, 11));
                } else if (cell instanceof Cell.Date date) {
                    target.setCellValue(date.value());
                    target.setCellStyle(style("date", bold, HorizontalAlignment.CENTER,
                            "yyyy\"年\"m\"月\"d\"日\"", 11));
                } else {
                    if (cell instanceof Cell.Text text) {
                        target.setCellValue(text.value());
                    }
                    target.setCellStyle(style("text", bold, HorizontalAlignment.LEFT, null, 11));
                }
            }
        }

        private void printSetup(int headerRow, boolean landscape) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(landscape);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setHorizontallyCenter(true);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sheet.getFooter().setCenter("第 &P 页 / 共 &N 页");
        }

        /** One style per kind of cell, shared by all cells of that kind (a workbook holds at most 64,000). */
        private CellStyle style(String kind, boolean bold, HorizontalAlignment alignment, String format, int points) {
            return styles.computeIfAbsent(kind + "|" + bold, key -> {
                CellStyle style = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(bold);
                font.setFontHeightInPoints((short) points);
                style.setFont(font);
                style.setAlignment(alignment);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                if (format != null) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(format));
                }
                boolean inTable = !kind.equals("title") && !kind.equals("subtitle") && !kind.startsWith("paragraph");
                if (inTable) {
                    style.setBorderTop(BorderStyle.THIN);
                    style.setBorderBottom(BorderStyle.THIN);
                    style.setBorderLeft(BorderStyle.THIN);
                    style.setBorderRight(BorderStyle.THIN);
                }
                if (kind.equals("header")) {
                    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                style.setWrapText(kind.equals("header") || kind.equals("text") || kind.startsWith("paragraph"));
                return style;
            });
        }
    }
}
