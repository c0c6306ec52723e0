package io.jiceng.platform.residentimport;

import java.util.List;

/**
 * One data row of an import file: its number as the user sees it in Excel (the header is row 1) and its cells as
 * text. {@code numericCells} are the cell positions Excel stored as numbers (a long ID number loses digits there).
 */
record ImportRow(int number, List<String> cells, java.util.Set<Integer> numericCells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
