package io.jiceng.platform.export;

import java.util.List;

/** One line of an exported table; an emphasised row (a subtotal, a total) is printed bold. */
public record Row(List<Cell> cells, boolean emphasised) {

    public Row {
        cells = List.copyOf(cells);
    }

    public static Row of(Cell... cells) {
        return new Row(List.of(cells), false);
    }

    public static Row emphasised(Cell... cells) {
        return new Row(List.of(cells), true);
    }

    /** The cell in the given column; a row shorter than the table is blank at its end. */
    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.blank();
    }
}
