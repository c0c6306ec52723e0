package io.jiceng.platform.statistics;

import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.statistics.StatisticsReport.Report;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The statistics report over HTTP: {@code /api/v1/statistics?divisionCode=&from=&to=} (to exclusive), and its export. */
@RestController
class StatisticsController {

    private final StatisticsReport reports;
    private final StatisticsDocuments documents;

    StatisticsController(StatisticsReport reports, StatisticsDocuments documents) {
        this.reports = reports;
        this.documents = documents;
    }

    @GetMapping("/api/v1/statistics")
    Report report(@RequestParam(required = false) String divisionCode,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.of(divisionCode, from, to);
    }

    @GetMapping("/api/v1/statistics/export")
    void export(@RequestParam(required = false) String divisionCode,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.fromParameter(format)
                .orElseThrow(() -> new InvalidField("format", "statistics.export.format"));
        Report report = reports.of(divisionCode, from, to);
        chosen.prepare(response, "statistics-" + report.divisionCode() + "-" + from + "-" + to);
        documents.write(report, chosen, locale, response.getOutputStream());
    }
}
