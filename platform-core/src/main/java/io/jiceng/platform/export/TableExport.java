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
        }
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
