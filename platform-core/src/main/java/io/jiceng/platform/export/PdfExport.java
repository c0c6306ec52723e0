package io.jiceng.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes a {@link TableDocument} as an A4 PDF: title and subtitles on the first page, the table with its header
 * repeated on every page, notes and sign-off after it, and 第 i 页 / 共 N 页 at the foot of each page.
 */
final class PdfExport {

    private static final float MARGIN = 40;
    private static final float BOTTOM_MARGIN = 50;
    private static final float TITLE_SIZE = 16;
    private static final float SUBTITLE_SIZE = 10.5f;
    private static final float TEXT_SIZE = 9.5f;
    private static final float PAGE_NUMBER_SIZE = 9;
    private static final float LINE_SPACING = 1.4f;
    private static final float PADDING = 3;
    private static final float HEADER_GREY = 0.88f;

    private enum Align { LEFT, CENTER, RIGHT }

    private PdfExport() {
    }

    static void write(TableDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument(); PdfFonts fonts = PdfFonts.embeddedIn(pdf)) {
            pdf.getDocumentInformation().setTitle(document.title());
            pdf.getDocumentCatalog().setLanguage("zh-CN");
            new Writer(pdf, fonts, document).write();
            pdf.save(out);
        }
    }

    private static final class Writer {

        private final PDDocument pdf;
        private final PdfFonts fonts;
        private final TableDocument document;
        private final PDRectangle pageSize;
        private final float[] columnWidths;
        private PDPageContentStream content;
        private float y;
        private boolean freshPage;

        Writer(PDDocument pdf, PdfFonts fonts, TableDocument document) {
            this.pdf = pdf;
            this.fonts = fonts;
            this.document = document;
            float[] natural = naturalWidths();
            float portraitWidth = PDRectangle.A4.getWidth() - 2 * MARGIN;
            this.pageSize = sum(natural) > portraitWidth
                    ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                    : PDRectangle.A4;
            this.columnWidths = fit(natural, pageSize.getWidth() - 2 * MARGIN);
        }

        void write() throws IOException {
            newPage();
            for (String line : wrap(document.title(), tableWidth(), TITLE_SIZE)) {
                line(line, TITLE_SIZE, Align.CENTER, true);
            }
            for (String subtitle : document.subtitles()) {
                for (String line : wrap(subtitle, tableWidth(), SUBTITLE_SIZE)) {
                    line(line, SUBTITLE_SIZE, Align.CENTER, false);
                }
            }
            y -= 6;
            tableRow(document.headers().stream().map(Cell::text).toList(), true, true);
            for (Row row : document.rows()) {
                tableRow(row.cells(), row.emphasised(), false);
            }
            for (Row row : document.totals()) {
                tableRow(row.cells(), true, false);
            }
            if (!document.notes().isEmpty() || !document.signOff().isEmpty()) {
                y -= 10;
            }
            for (String note : document.notes()) {
                for (String line : wrap(note, tableWidth(), SUBTITLE_SIZE)) {
                    line(line, SUBTITLE_SIZE, Align.LEFT, false);
                }
            }
            for (String signOff : document.signOff()) {
                for (String line : wrap(signOff, tableWidth(), SUBTITLE_SIZE)) {
                    line(line, SUBTITLE_SIZE, Align.RIGHT, false);
                }
            }
            content.close();
            pageNumbers();
        }

        private float[] naturalWidths() {
            float minimum = fonts.width("中中", TEXT_SIZE) + 2 * PADDING;
            float[] widths = new float[document.columnCount()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(minimum, fonts.width(document.headers().get(c), TEXT_SIZE) + 2 * PADDING);
            }
            for (List<Row> part : List.of(document.rows(), document.totals())) {
                for (Row row : part) {
                    for (int c = 0; c < widths.length; c++) {
                        widths[c] = Math.max(widths[c], longestLine(row.cell(c).display()) + 2 * PADDING);
                    }
                }
            }
            return widths;
        }

        private float longestLine(String text) {
            float longest = 0;
            for (String line : text.split("\n", -1)) {
                longest = Math.max(longest, fonts.width(line, TEXT_SIZE));
            }
            return longest;
        }

        /**
         * Stretches narrow tables to the full width; in tables too wide for the page, columns narrower than a fair
         * share keep their width and the wide ones share the rest (their text wraps).
         */
        static float[] fit(float[] natural, float available) {
            float total = sum(natural);
            float[] widths = new float[natural.length];
            if (total <= available) {
                for (int c = 0; c < natural.length; c++) {
                    widths[c] = natural[c] * available / total;
                }
                return widths;
            }
            boolean[] kept = new boolean[natural.length];
            float remaining = available;
            int flexible = natural.length;
            boolean changed = true;
            while (changed && flexible > 0) {
                changed = false;
                float fairShare = remaining / flexible;
                for (int c = 0; c < natural.length; c++) {
                    if (!kept[c] && natural[c] <= fairShare) {
                        kept[c] = true;
                        widths[c] = natural[c];
                        remaining -= natural[c];
                        flexible--;
                        changed = true;
                    }
                }
            }
            float flexibleNatural = 0;
            for (int c = 0; c < natural.length; c++) {
                flexibleNatural += kept[c] ? 0 : natural[c];
            }
            for (int c = 0; c < natural.length; c++) {
                if (!kept[c]) {
                    widths[c] = natural[c] * remaining / flexibleNatural;
                }
            }
            return widths;
        }

        private float tableWidth() {
            return pageSize.getWidth() - 2 * MARGIN;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(pageSize);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = pageSize.getHeight() - MARGIN;
            freshPage = true;
        }

        /** Starts a new page when the next block does not fit; a table continues under a repeated header. */
        private void makeRoom(float height, boolean inTable) throws IOException {
            if (y - height >= BOTTOM_MARGIN || freshPage) {
                return;
            }
            newPage();
            if (inTable) {
                tableRow(document.headers().stream().map(Cell::text).toList(), true, true);
            }
        }

        private void line(String text, float size, Align align, boolean bold) throws IOException {
            float height = size * LINE_SPACING;
            makeRoom(height, false);
            float width = fonts.width(text, size);
            float x = switch (align) {
                case LEFT -> MARGIN;
                case CENTER -> MARGIN + (tableWidth() - width) / 2;
                case RIGHT -> MARGIN + tableWidth() - width;
            };
            text(text, x, baseline(y, height, size), size, bold);
            y -= height;
            freshPage = false;
        }

        private void tableRow(List<Cell> cells, boolean bold, boolean header) throws IOException {
            float leading = TEXT_SIZE * LINE_SPACING;
            List<List<String>> lines = new ArrayList<>();
            int mostLines = 1;
            for (int c = 0; c < columnWidths.length; c++) {
                Cell cell = c < cells.size() ? cells.get(c) : Cell.blank();
                List<String> wrapped = wrap(cell.display(), columnWidths[c] - 2 * PADDING, TEXT_SIZE);
                lines.add(wrapped);
                mostLines = Math.max(mostLines, wrapped.size());
            }
            float height = mostLines * leading + 2 * PADDING;
            makeRoom(height, !header);

            if (header) {
                content.setNonStrokingColor(HEADER_GREY);
                content.addRect(MARGIN, y - height, tableWidth(), height);
                content.fill();
                content.setNonStrokingColor(0f);
            }
            float x = MARGIN;
            for (float width : columnWidths) {
                content.addRect(x, y - height, width, height);
                x += width;
            }
            content.setLineWidth(0.5f);
            content.stroke();

            x = MARGIN;
            for (int c = 0; c < columnWidths.length; c++) {
                Cell cell = c < cells.size() ? cells.get(c) : Cell.blank();
                Align align = header ? Align.CENTER : cell.numeric() ? Align.RIGHT : Align.LEFT;
                List<String> cellLines = lines.get(c);
                float lineTop = y - PADDING - (mostLines - cellLines.size()) * leading / 2;
                for (String text : cellLines) {
                    float width = fonts.width(text, TEXT_SIZE);
                    float textX = switch (align) {
                        case LEFT -> x + PADDING;
                        case CENTER -> x + (columnWidths[c] - width) / 2;
                        case RIGHT -> x + columnWidths[c] - PADDING - width;
                    };
                    text(text, textX, baseline(lineTop, leading, TEXT_SIZE), TEXT_SIZE, bold);
                    lineTop -= leading;
                }
                x += columnWidths[c];
            }
            y -= height;
            freshPage = false;
        }

        /** Centres the em box of CJK glyphs (from 0.12 em below the baseline to 0.88 above) in the line. */
        private static float baseline(float lineTop, float lineHeight, float size) {
            return lineTop - lineHeight / 2 - 0.38f * size;
        }

        private void text(String text, float x, float baseline, float size, boolean bold) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.saveGraphicsState();
            content.beginText();
            if (bold) {
                // The fonts have no bold face: outlining the glyphs thickens them as well.
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setLineWidth(size * 0.04f);
            }
            content.newLineAtOffset(x, baseline);
            fonts.show(content, text, size);
            content.endText();
            content.restoreGraphicsState();
        }

        /**
         * Breaks text into lines that fit the width, where a line may break: between words in Latin text, between
         * any two characters in Chinese (not before a closing mark such as ，or 。), and at line breaks. A word wider
         * than the line is broken where it must.
         */
        private List<String> wrap(String text, float width, float size) {
            List<String> lines = new ArrayList<>();
            BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                breaks.setText(paragraph);
                for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                    String piece = paragraph.substring(start, end);
                    if (line.length() > 0 && fonts.width(line + piece.stripTrailing(), size) > width) {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                    }
                    for (int i = 0; i < piece.length(); ) {
                        int codePoint = piece.codePointAt(i);
                        i += Character.charCount(codePoint);
                        if (line.length() > 0 && !Character.isWhitespace(codePoint)
                                && fonts.width(line.toString() + Character.toString(codePoint), size) > width) {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                        line.appendCodePoint(codePoint);
                    }
                }
                lines.add(line.toString().stripTrailing());
            }
            return lines;
        }

        private void pageNumbers() throws IOException {
            int pageCount = pdf.getNumberOfPages();
            for (int i = 0; i < pageCount; i++) {
                PDPage page = pdf.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(pdf, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = "第 " + (i + 1) + " 页 / 共 " + pageCount + " 页";
                    float x = (pageSize.getWidth() - fonts.width(text, PAGE_NUMBER_SIZE)) / 2;
                    footer.beginText();
                    footer.newLineAtOffset(x, BOTTOM_MARGIN / 2);
                    fonts.show(footer, text, PAGE_NUMBER_SIZE);
                    footer.endText();
                }
            }
        }

        private static float sum(float[] values) {
            float sum = 0;
            for (float value : values) {
                sum += value;
            }
            return sum;
        }
    }
}
