package io.jiceng.ui.statistics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.statistics.StatisticsDocuments;
import io.jiceng.platform.statistics.StatisticsReport;
import io.jiceng.platform.statistics.StatisticsReport.Line;
import io.jiceng.platform.statistics.StatisticsReport.Report;
import io.jiceng.platform.screen.Formats;
import io.jiceng.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 统计报表: every installed module's indicators for my division and period, one line per division below it and the
 * total; a click on a line goes down to that division. Exported as Excel or PDF.
 */
@Route(value = "statistics", layout = MainLayout.class)
@PermitAll
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final StatisticsReport reports;
    private final StatisticsDocuments documents;
    private final DivisionService divisions;
    private final String myDivision;
    private String divisionCode;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<Line> grid = new Grid<>();
    private final HorizontalLayout breadcrumb = new HorizontalLayout();
    private final HorizontalLayout exports = new HorizontalLayout();

    public StatisticsView(StatisticsReport reports, StatisticsDocuments documents, DivisionService divisions,
                          CurrentStaff currentStaff) {
        this.reports = reports;
        this.documents = documents;
        this.divisions = divisions;
        this.myDivision = currentStaff.get().divisionCode();
        this.divisionCode = myDivision;
        setSizeFull();
        LocalDate today = LocalDate.now(Formats.BEIJING);
        from.setLabel(getTranslation("statistics.from"));
        to.setLabel(getTranslation("statistics.to"));
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout period = new HorizontalLayout(from, to,
                preset("statistics.this-month", today.withDayOfMonth(1), today),
                preset("statistics.this-quarter", today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1), today),
                preset("statistics.this-year", today.withDayOfYear(1), today),
                preset("statistics.last-year", today.minusYears(1).withDayOfYear(1), today.withDayOfYear(1).minusDays(1)));
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addItemClickListener(click -> {
            if (!click.getItem().divisionCode().equals(divisionCode)) {
                divisionCode = click.getItem().divisionCode();
                refresh();
            }
        });
        add(new H2(getTranslation("menu.statistics")), period, breadcrumb, grid, exports);
        refresh();
    }

    private Button preset(String key, LocalDate start, LocalDate end) {
        Button button = new Button(getTranslation(key), click -> {
            from.setValue(start);
            to.setValue(end);
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return;
        }
        Report report = reports.of(divisionCode, from.getValue(), to.getValue().plusDays(1));
        grid.removeAllColumns();
        grid.addColumn(Line::divisionName).setHeader(getTranslation("statistics.division")).setAutoWidth(true).setFrozen(true);
        for (int i = 0; i < report.indicators().size(); i++) {
            int index = i;
            var column = report.indicators().get(i);
            grid.addColumn(line -> Formats.count(line.values().get(index), getLocale()))
                    .setHeader(getTranslation(column.labelKey())).setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        }
        List<Line> lines = new ArrayList<>(report.below());
        lines.add(new Line(report.divisionCode(), getTranslation("statistics.total"), report.whole().values()));
        grid.setItems(lines);
        breadcrumb.removeAll();
        divisions.ancestorsAndSelf(divisionCode).stream().filter(d -> d.code().startsWith(myDivision)).forEach(d -> {
            Button level = new Button(d.name(), click -> {
                divisionCode = d.code();
                refresh();
            });
            level.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            breadcrumb.add(level);
        });
        exports.removeAll();
        exports.add(export(report, ExportFormat.XLSX, "statistics.export.xlsx"), export(report, ExportFormat.PDF, "statistics.export.pdf"));
    }

    private Anchor export(Report report, ExportFormat format, String label) {
        java.util.Locale locale = getLocale();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            documents.write(report, format, locale, content);
            return new DownloadResponse(new ByteArrayInputStream(content.toByteArray()),
                    format.fileName(getTranslation("statistics.file", report.whole().divisionName())), format.contentType(),
                    content.size());
        }), getTranslation(label));
        link.getElement().setAttribute("download", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.statistics") + " - " + getTranslation("app.title");
    }
}
