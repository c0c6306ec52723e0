package io.jiceng.platform.residentimport;

import io.jiceng.platform.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an import file into text rows. The kind is decided by the content, not the name: an xlsx workbook (its
 * first sheet), or CSV text in UTF-8 (with or without BOM) or, failing strict UTF-8 decoding, GB18030/GBK as
 * Chinese Excel saves "CSV (逗号分隔)". Anything else — old .xls, binary files, a name that lies — is refused.
 */
final class ImportFileReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GBK = Charset.forName("GB18030");
    /** As Excel writes CSV: quoted fields may hold commas, quotes (doubled) and line breaks; empty lines count as rows. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final int maxRows;

    ImportFileReader(int maxRows) {
        this.maxRows = maxRows;
    }

    ImportTable read(String fileName, byte[] content) {
        String extension = extensionOf(fileName);
        if (!extension.equals("xlsx") && !extension.equals("csv")) {
            throw new Problem("resident.import.type-not-allowed", fileName);
        }
        if (startsWith(content, OLE)) {
            throw new Problem("resident.import.old-excel", fileName);
        }
        boolean zip = startsWith(content, ZIP);
        if (zip != extension.equals("xlsx")) {
            throw new Problem("resident.import.content-mismatch", fileName);
        }
        return zip ? readWorkbook(fileName, content) : readCsv(fileName, content);
    }

    private ImportTable readWorkbook(String fileName, byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            List<ImportRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                Set<Integer> numeric = new HashSet<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(text(cell, formatter));
                    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                        numeric.add(i);
                    }
                }
                ImportRow read = new ImportRow(row.getRowNum() + 1, cells, numeric);
                if (headers == null) {
                    if (!read.isBlank()) {
                        headers = cells;
                    }
                } else if (!read.isBlank()) {
                    rows.add(read);
                    if (rows.size() > maxRows) {
                        throw tooManyRows();
                    }
                }
            }
            return table(headers, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
            throw new Problem("resident.import.unreadable", fileName);
        }
    }

    /** The cell as Excel shows it, except that whole numbers (codes typed without a text format) keep every digit. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
        }
        return formatter.formatCellValue(cell).strip();
    }

    private ImportTable readCsv(String fileName, byte[] content) {
        List<String> headers = null;
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser records = CSV.parse(new StringReader(decode(fileName, content)))) {
            for (CSVRecord record : records) {
                ImportRow row = new ImportRow((int) record.getRecordNumber(), record.stream().map(String::strip).toList(), Set.of());
                if (row.isBlank()) {
                    continue;
                }
                if (headers == null) {
                    headers = row.cells();
                } else {
                    rows.add(row);
                    if (rows.size() > maxRows) {
                        throw tooManyRows();
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new Problem("resident.import.unreadable", fileName);
        }
        return table(headers, rows);
    }

    private ImportTable table(List<String> headers, List<ImportRow> rows) {
        if (headers == null) {
            throw new Problem("resident.import.empty");
        }
        if (rows.size() > maxRows) {
            throw tooManyRows();
        }
        return new ImportTable(headers, rows);
    }

    private Problem tooManyRows() {
        return new Problem("resident.import.too-many-rows", maxRows);
    }

    private static String decode(String fileName, byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                throw new Problem("resident.import.content-mismatch", fileName);
            }
        }
        if (startsWith(content, UTF8_BOM)) {
            return strictly(StandardCharsets.UTF_8, content, UTF8_BOM.length, fileName);
        }
        try {
            return decodeStrictly(StandardCharsets.UTF_8, content, 0);
        } catch (CharacterCodingException notUtf8) {
            return strictly(GBK, content, 0, fileName);
        }
    }

    private static String strictly(Charset charset, byte[] content, int offset, String fileName) {
        try {
            return decodeStrictly(charset, content, offset);
        } catch (CharacterCodingException e) {
            throw new Problem("resident.import.encoding", fileName);
        }
    }

    private static String decodeStrictly(Charset charset, byte[] content, int offset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
