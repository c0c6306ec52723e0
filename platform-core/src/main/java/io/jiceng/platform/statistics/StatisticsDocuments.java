package io.jiceng.platform.statistics;

import io.jiceng.platform.export.Cell;
import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.export.TableDocument;
import io.jiceng.platform.export.TableExport;
import io.jiceng.platform.statistics.StatisticsReport.Line;
import io.jiceng.platform.statistics.StatisticsReport.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The statistics report as an Excel or PDF table: one line per division below, the whole division as the total. */
@Component
public class StatisticsDocuments {

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final MessageSource messages;

    public StatisticsDocuments(MessageSource messages) {
        this.messages = messages;
    }

    public void write(Report report, ExportFormat format, Locale locale, OutputStream out) {
        List<String> headers = new ArrayList<>();
        headers.add(messages.getMessage("statistics.division", null, locale));
        report.indicators().forEach(column -> headers.add(messages.getMessage(column.labelKey(), null, column.labelKey(), locale)));
        TableDocument.Builder document = TableDocument
                .titled(messages.getMessage("statistics.title", new Object[] {report.whole().divisionName()}, locale))
                .subtitle(messages.getMessage("statistics.period", new Object[] {ZH_DATE.format(report.from()),
                        ZH_DATE.format(report.to().minusDays(1))}, locale))
                .columns(headers.toArray(String[]::new));
        report.below().forEach(line -> document.row(cells(line)));
        document.total(cells(new Line(report.divisionCode(), messages.getMessage("statistics.total", null, locale),
                report.whole().values())));
        try {
            TableExport.write(format, document.build(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell[] cells(Line line) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(line.divisionName()));
        line.values().forEach(value -> cells.add(Cell.count(value)));
        return cells.toArray(Cell[]::new);
    }
}
