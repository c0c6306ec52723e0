package io.jiceng.platform.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Exports a titled table as Excel or PDF, e.g. in a controller:
 * <pre>{@code
 * ExportFormat format = ExportFormat.fromParameter(param).orElseThrow(...);
 * response.setContentType(format.contentType());
 * TableExport.write(format, document, response.getOutputStream());
 * }</pre>
 * The stream is written to but not closed.
 */
public final class TableExport {

    private TableExport() {
    }

    public static void write(ExportFormat format, TableDocument document, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> xlsx(document, out);
            case PDF -> pdf(document, out);
            case CSV -> csv(document, out);
        }
    }

    /** The headers and every row (totals included) as RFC 4180 CSV; the title and notes are left out. */
    public static void csv(TableDocument document, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        csvLine(text, document.headers());
        for (java.util.List<Row> part : java.util.List.of(document.rows(), document.totals())) {
            for (Row row : part) {
                java.util.List<String> cells = new java.util.ArrayList<>();
                for (int column = 0; column < document.columnCount(); column++) {
                    cells.add(row.cell(column).display());
                }
                csvLine(text, cells);
            }
        }
        out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }

    private static void csvLine(StringBuilder text, java.util.List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            // a leading =, +, - or @ would make a spreadsheet run the cell as a formula
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            text.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        text.append("\r\n");
    }

    /** An .xlsx workbook of one sheet, numbers as numbers, ready to print on A4. */
    public static void xlsx(TableDocument document, OutputStream out) throws IOException {
        XlsxExport.write(document, out);
    }

    /** An A4 PDF with the Chinese font embedded, readable on any machine. */
    public static void pdf(TableDocument document, OutputStream out) throws IOException {
        PdfExport.write(document, out);
    }
}
