package io.jiceng.ui.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditDocuments;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditQuery;
import io.jiceng.platform.audit.AuditTrail;
import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.platform.screen.Formats;
import io.jiceng.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * 审计日志: who did what to which resident or case, when and from where, newest first, filtered by user, case
 * number, resident (by ID number), action and days; exported as Excel or CSV (the export is audited too).
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed("PLATFORM_ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail trail;
    private final AuditDocuments documents;
    final TextField user = new TextField();
    final TextField caseNo = new TextField();
    final TextField idNumber = new TextField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEvent> grid = new Grid<>();

    public AuditLogView(AuditTrail trail, AuditDocuments documents, CurrentStaff currentStaff) {
        this.trail = trail;
        this.documents = documents;
        currentStaff.require(Permission.AUDIT_READ);
        setSizeFull();
        user.setLabel(getTranslation("audit.user"));
        caseNo.setLabel(getTranslation("audit.filter.case-no"));
        idNumber.setLabel(getTranslation("audit.filter.id-number"));
        action.setLabel(getTranslation("audit.action"));
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setItemLabelGenerator(this::actionName);
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        for (TextField field : new TextField[] {user, caseNo, idNumber}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(user, caseNo, idNumber, action, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-events");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> AuditDocuments.time(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.time"))
                .setKey("time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::username).setHeader(getTranslation("audit.user")).setKey("user").setAutoWidth(true);
        grid.addColumn(e -> actionName(e.action())).setHeader(getTranslation("audit.action")).setKey("action").setAutoWidth(true);
        grid.addColumn(e -> e.targetType() + " " + e.targetId()).setHeader(getTranslation("audit.target")).setKey("target")
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::divisionCode).setHeader(getTranslation("audit.division")).setAutoWidth(true);
        grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.detail")).setKey("detail").setFlexGrow(3);
        grid.addColumn(AuditEvent::remoteAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.none"));

        HorizontalLayout exports = new HorizontalLayout(export(ExportFormat.XLSX, "audit.export.xlsx"),
                export(ExportFormat.CSV, "audit.export.csv"));
        add(new H2(getTranslation("audit.title")), filters, grid, exports);
        refresh();
    }

    /** The query the filters make: the days from and to, both inclusive, in Beijing time. */
    AuditQuery query() {
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(Formats.BEIJING).toInstant();
        LocalDate last = to.getValue();
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(Formats.BEIJING).toInstant();
        return new AuditQuery(user.getValue().strip(), caseNo.getValue().strip(), idNumber.getValue().strip(),
                action.getValue(), start, end);
    }

    private void refresh() {
        AuditQuery query = query();
        grid.setItems(page -> trail.search(query, page.getOffset(), page.getLimit()).events().stream(),
                page -> (int) Math.min(Integer.MAX_VALUE, trail.count(query)));
    }

    private String actionName(AuditAction value) {
        return getTranslation("audit.action." + value.name());
    }

    private Anchor export(ExportFormat format, String label) {
        Locale locale = getLocale();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            documents.write(query(), format, locale, content);
            return new DownloadResponse(new ByteArrayInputStream(content.toByteArray()),
                    format.fileName(documents.fileName(locale)), format.contentType(), content.size());
        }), getTranslation(label));
        link.getElement().setAttribute("download", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " - " + getTranslation("app.title");
    }
}
