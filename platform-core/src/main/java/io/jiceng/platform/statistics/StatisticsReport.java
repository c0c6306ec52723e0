package io.jiceng.platform.statistics;

import io.jiceng.platform.division.Division;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.module.ModuleStatistics;
import io.jiceng.platform.module.ModuleStatistics.IndicatorValue;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.CurrentStaff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The statistics report (统计报表): every enabled module's indicators for a division and a period, the division as a
 * whole and each division directly below it, as the reports upward are laid out. Limited to the user's subtree.
 */
@Service
public class StatisticsReport {

    /** One line of the report: a division and its values, in the order of {@link Report#indicators()}. */
    public record Line(String divisionCode, String divisionName, List<Long> values) {
    }

    /** The report: its indicators (columns), the whole division first, then one line per division below it. */
    public record Report(String divisionCode, LocalDate from, LocalDate to, List<Column> indicators, Line whole,
                         List<Line> below) {
    }

    /** A column: the indicator and the module that reports it. */
    public record Column(String moduleId, String indicatorId, String labelKey) {
    }

    private final ModuleStatistics statistics;
    private final DivisionService divisions;
    private final CurrentStaff currentStaff;

    public StatisticsReport(ModuleStatistics statistics, DivisionService divisions, CurrentStaff currentStaff) {
        this.statistics = statistics;
        this.divisions = divisions;
        this.currentStaff = currentStaff;
    }

    /** The report for {@code from} (inclusive) to {@code to} (exclusive); the user's own division if none is given. */
    public Report of(String divisionCode, LocalDate from, LocalDate to) {
        String scope = currentStaff.get().searchScope(divisionCode)
                .orElseThrow(() -> new Problem("statistics.division.out-of-scope", divisionCode));
        if (from == null || to == null || !from.isBefore(to)) {
            throw new Problem("statistics.period.invalid");
        }
        List<IndicatorValue> whole = statistics.report(scope, from, to);
        List<Column> columns = whole.stream().map(v -> new Column(v.moduleId(), v.indicatorId(), v.labelKey())).toList();
        List<Line> below = new ArrayList<>();
        for (Division child : divisions.children(scope)) {
            below.add(line(child.code(), child.name(), statistics.report(child.code(), from, to)));
        }
        String name = divisions.find(scope).map(Division::name).orElse(scope);
        return new Report(scope, from, to, columns, line(scope, name, whole), below);
    }

    private static Line line(String code, String name, List<IndicatorValue> values) {
        return new Line(code, name, values.stream().map(IndicatorValue::value).toList());
    }
}
