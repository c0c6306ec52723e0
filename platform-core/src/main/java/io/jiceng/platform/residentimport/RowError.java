package io.jiceng.platform.residentimport;

import io.jiceng.platform.problem.Problem;

/**
 * Why one row was not imported: its row number as the user sees it in Excel, the column at fault (the header as
 * written in the file; null when the row as a whole is at fault) and the problem, told in the reader's language by
 * whoever shows it.
 */
public record RowError(int row, String column, String field, Problem problem) {
}
