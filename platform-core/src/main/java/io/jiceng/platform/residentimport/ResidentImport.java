package io.jiceng.platform.residentimport;

import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 批量导入: registers the residents of an xlsx or CSV file (see {@link ImportColumn} and {@link ImportFileReader}).
 *
 * <p>Policy: a file that cannot be taken as a whole (wrong type or encoding, too large, too many rows, missing or
 * unknown columns) is refused before any row is imported. Otherwise <b>each row is registered in its own
 * transaction</b> through {@link ResidentService#register}, with the same checks as a clerk's form: valid rows are
 * kept, and every other row is reported with its row number, column and reason, so nothing is lost silently and the
 * user can fix and re-import only the failed rows. A row whose ID number appears earlier in the file is refused.
 */
@Service
public class ResidentImport {

    private static final Logger log = LoggerFactory.getLogger(ResidentImport.class);
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "流动");
    private static final Set<String> NO = Set.of("", "否", "n", "no", "false", "0", "户籍");

    private final ResidentService residents;
    private final CurrentStaff currentStaff;
    private final TransactionTemplate rowTransaction;
    private final long maxBytes;
    private final int maxRows;

    public ResidentImport(ResidentService residents, CurrentStaff currentStaff, PlatformTransactionManager transactions,
                          @Value("${platform.residents.import.max-bytes:5242880}") long maxBytes,
                          @Value("${platform.residents.import.max-rows:5000}") int maxRows) {
        this.residents = residents;
        this.currentStaff = currentStaff;
        this.rowTransaction = new TransactionTemplate(transactions);
        this.rowTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }

    public ImportResult importFile(String fileName, byte[] content) {
        currentStaff.require(Permission.RESIDENT_EDIT);
        if (content.length == 0) {
            throw new Problem("resident.import.empty");
        }
        if (content.length > maxBytes) {
            throw new Problem("resident.import.too-large", fileName, Math.max(1, maxBytes / (1024 * 1024)));
        }
        ImportTable table = new ImportFileReader(maxRows).read(fileName, content);
        Map<ImportColumn, Integer> columns = columnsOf(table.headers());
        Map<String, Integer> firstRowOfIdNumber = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        int imported = 0;
        for (ImportRow row : table.rows()) {
            RowError error = importRow(row, table.headers(), columns, firstRowOfIdNumber);
            if (error == null) {
                imported++;
            } else {
                errors.add(error);
            }
        }
        return new ImportResult(table.rows().size(), imported, errors);
    }

    private RowError importRow(ImportRow row, List<String> headers, Map<ImportColumn, Integer> columns,
                               Map<String, Integer> firstRowOfIdNumber) {
        for (int i = headers.size(); i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                return new RowError(row.number(), null, null, new Problem("resident.import.row-too-long", headers.size()));
            }
        }
        ResidentForm form = new ResidentForm();
        columns.forEach((column, index) -> column.set(form, row.cell(index)));
        Integer migrantColumn = columns.get(ImportColumn.MIGRANT);
        if (migrantColumn != null) {
            String value = row.cell(migrantColumn).toLowerCase(Locale.ROOT);
            if (!YES.contains(value) && !NO.contains(value)) {
                return error(row, headers, columns, ImportColumn.MIGRANT,
                        new Problem("resident.import.migrant-invalid", row.cell(migrantColumn)));
            }
            form.setMigrant(YES.contains(value));
        }
        int idColumn = columns.get(ImportColumn.ID_NUMBER);
        if (IdNumber.isValid(form.getIdNumber())) {
            String idNumber = IdNumber.parse(form.getIdNumber()).value();
            Integer first = firstRowOfIdNumber.putIfAbsent(idNumber, row.number());
            if (first != null) {
                return error(row, headers, columns, ImportColumn.ID_NUMBER,
                        new Problem("resident.import.duplicate-in-file", first));
            }
        } else if (row.numericCells().contains(idColumn)) {
            return error(row, headers, columns, ImportColumn.ID_NUMBER, new Problem("resident.import.id-number-as-number"));
        }
        try {
            rowTransaction.executeWithoutResult(status -> residents.register(form));
            return null;
        } catch (InvalidField invalid) {
            return ImportColumn.byField(invalid.field())
                    .map(column -> error(row, headers, columns, column, invalid))
                    .orElse(new RowError(row.number(), null, invalid.field(), invalid));
        } catch (Problem problem) {
            return new RowError(row.number(), null, null, problem);
        } catch (RuntimeException unexpected) {
            log.warn("Import row {} failed", row.number(), unexpected);
            return new RowError(row.number(), null, null, new Problem("resident.import.row-failed"));
        }
    }

    private static RowError error(ImportRow row, List<String> headers, Map<ImportColumn, Integer> columns,
                                  ImportColumn column, Problem problem) {
        Integer index = columns.get(column);
        return new RowError(row.number(), index == null ? null : headers.get(index), column.field(), problem);
    }

    private static Map<ImportColumn, Integer> columnsOf(List<String> headers) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.isBlank() || ImportColumn.isRowNumber(header)) {
                continue;
            }
            ImportColumn column = ImportColumn.byHeader(header)
                    .orElseThrow(() -> new Problem("resident.import.column-unknown", header));
            if (columns.putIfAbsent(column, i) != null) {
                throw new Problem("resident.import.column-twice", header);
            }
        }
        List<String> missing = java.util.Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c))
                .map(c -> c.header(Locale.SIMPLIFIED_CHINESE) + " / " + c.header(Locale.ENGLISH)).toList();
        if (!missing.isEmpty()) {
            throw new Problem("resident.import.columns-missing", String.join(", ", missing));
        }
        return columns;
    }
}
