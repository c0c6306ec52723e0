package io.jiceng.platform.residentimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The xlsx files of the import: the empty template, and a list of the rows that were not imported. */
public final class ImportWorkbooks {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportWorkbooks() {
    }

    /**
     * The header row in the reader's language. ID number, phone and division columns are formatted as text, so
     * that Excel keeps every digit of what is typed or pasted there.
     */
    public static byte[] template(Locale locale) {
        ImportColumn[] columns = ImportColumn.values();
        return write(workbook -> {
            Sheet sheet = workbook.createSheet("zh".equals(locale.getLanguage()) ? "居民" : "Residents");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = bold(workbook);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header(locale) + (columns[i].required() ? "*" : ""));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            sheet.createFreezePane(0, 1);
        });
    }

    /** One line per error: the headers given, then row, column and message. */
    public static byte[] errors(List<String> headers, List<List<String>> lines) {
        return write(workbook -> {
            Sheet sheet = workbook.createSheet("errors");
            CellStyle bold = bold(workbook);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i == headers.size() - 1 ? 60 : 16) * 256);
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < lines.get(r).size(); i++) {
                    row.createCell(i).setCellValue(lines.get(r).get(i));
                }
            }
        });
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    private static byte[] write(java.util.function.Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
