package io.jiceng.platform.residentimport;

import java.util.List;

/** The outcome of an import: data rows read, rows imported, and why each of the others was not. */
public record ImportResult(int rows, int imported, List<RowError> errors) {

    public int failed() {
        return rows - imported;
    }
}
