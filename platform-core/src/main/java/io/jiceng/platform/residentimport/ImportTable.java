package io.jiceng.platform.residentimport;

import java.util.List;

/** What an import file holds: its header row and its data rows, blank rows left out. */
record ImportTable(List<String> headers, List<ImportRow> rows) {
}
