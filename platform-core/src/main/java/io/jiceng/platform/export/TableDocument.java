package io.jiceng.platform.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A titled table to export as Excel or PDF: a public notice (公示名单), a payment list (发放名单), the audit log.
 *
 * @param title     the heading, e.g. 奖励扶助对象公示名单
 * @param subtitles lines under the title, e.g. 公示期：2026年11月26日至2026年12月3日
 * @param headers   the column headers
 * @param rows      the table's body, possibly with emphasised subtotal rows
 * @param totals    rows after the body, printed bold (合计)
 * @param notes     paragraphs after the table, left-aligned (说明, 监督电话)
 * @param signOff   lines at the end, right-aligned: the issuing office and the date (落款)
 */
public record TableDocument(String title, List<String> subtitles, List<String> headers, List<Row> rows,
        List<Row> totals, List<String> notes, List<String> signOff) {

    public TableDocument {
        Objects.requireNonNull(title, "title");
        subtitles = List.copyOf(subtitles);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
        notes = List.copyOf(notes);
        signOff = List.copyOf(signOff);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (List<Row> part : List.of(rows, totals)) {
            for (Row row : part) {
                if (row.cells().size() > headers.size()) {
                    throw new IllegalArgumentException("row has " + row.cells().size() + " cells, the table "
                            + headers.size() + " columns: " + row);
                }
            }
        }
    }

    public int columnCount() {
        return headers.size();
    }

    public static Builder titled(String title) {
        return new Builder(title);
    }

    public static final class Builder {

        private final String title;
        private final List<String> subtitles = new ArrayList<>();
        private final List<String> headers = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<Row> totals = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> signOff = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder subtitle(String line) {
            subtitles.add(line);
            return this;
        }

        public Builder columns(String... headers) {
            this.headers.addAll(Arrays.asList(headers));
            return this;
        }

        public Builder row(Cell... cells) {
            rows.add(Row.of(cells));
            return this;
        }

        public Builder row(Row row) {
            rows.add(row);
            return this;
        }

        public Builder rows(Collection<Row> rows) {
            this.rows.addAll(rows);
            return this;
        }

        /** A bold row inside the body, e.g. the subtotal of one township. */
        public Builder subtotal(Cell... cells) {
            rows.add(Row.emphasised(cells));
            return this;
        }

        public Builder total(Cell... cells) {
            totals.add(Row.emphasised(cells));
            return this;
        }

        public Builder note(String paragraph) {
            notes.add(paragraph);
            return this;
        }

        public Builder signOff(String... lines) {
            signOff.addAll(Arrays.asList(lines));
            return this;
        }

        public TableDocument build() {
            return new TableDocument(title, subtitles, headers, rows, totals, notes, signOff);
        }
    }
}
