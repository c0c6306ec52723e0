package io.jiceng.ui.notice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.notice.NoticeContacts;
import io.jiceng.platform.notice.NoticeDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import io.jiceng.platform.notice.EntryStatus;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.notice.NoticeEntry;
import io.jiceng.platform.notice.NoticeStatus;
import io.jiceng.platform.notice.Objection;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.ui.casepage.CaseView;
import io.jiceng.platform.screen.Formats;
import io.jiceng.ui.shell.Badges;
import io.jiceng.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;

/**
 * One notice: its period and time left, the entries (names and ID numbers always masked), objections with their
 * findings, the objection form for the counter, a print view and the exports.
 */
@Route(value = "notices/:noticeId", layout = MainLayout.class)
@PermitAll
public class NoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicNotices notices;
    private final DivisionService divisions;
    private final NoticeDocuments documents;
    private final NoticeContacts contacts;
    private final String myDivision;
    private Notice notice;
    final Grid<NoticeEntry> entries = new Grid<>();
    final Grid<Objection> objections = new Grid<>();

    public NoticeView(PublicNotices notices, DivisionService divisions, NoticeDocuments documents, NoticeContacts contacts,
            CurrentStaff currentStaff) {
        this.notices = notices;
        this.documents = documents;
        this.contacts = contacts;
        this.divisions = divisions;
        this.myDivision = currentStaff.get().divisionCode();
        setMaxWidth("1200px");
        entries.setId("entries");
        objections.setId("objections");
    }

    public static void open(long noticeId) {
        UI.getCurrent().navigate(NoticeView.class, new RouteParameters("noticeId", String.valueOf(noticeId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("noticeId").orElseThrow(() -> new NotFound("notice", "?"));
        notice = notices.get(id);
        render();
    }

    void render() {
        notice = notices.get(notice.id());
        removeAll();
        H2 title = new H2(NoticeTexts.title(this, notice, divisions));
        title.getStyle().set("margin", "0");
        Span period = new Span(NoticeTexts.period(this, notice));
        Span remaining = notice.status() == NoticeStatus.OPEN
                ? Badges.status(io.jiceng.platform.casework.CaseStatus.IN_NOTICE,
                        getTranslation("notice.remaining.label", NoticeTexts.remaining(this, notice, Instant.now())))
                : Badges.neutral(getTranslation("notice-status.CLOSED"));
        HorizontalLayout facts = new HorizontalLayout(period, remaining);
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title, facts);
        contacts.lines(notice.divisionCode(), getLocale()).forEach(line -> add(new Span(line)));
        add(actions(), entriesGrid(), new H3(getTranslation("notice.objections")), objectionsGrid());
    }

    private Component actions() {
        Anchor print = new Anchor("notices/" + notice.id() + "/print", getTranslation("notice.print"));
        print.setTarget("_blank");
        HorizontalLayout actions = new HorizontalLayout(print, export(ExportFormat.XLSX, "notice.export.xlsx"),
                export(ExportFormat.PDF, "notice.export.pdf"));
        actions.getStyle().set("gap", "var(--lumo-space-l)");
        return actions;
    }

    private Anchor export(ExportFormat format, String label) {
        long id = notice.id();
        String fileName = format.fileName(documents.title(notice, getLocale()));
        java.util.Locale locale = getLocale();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            documents.write(id, format, locale, content);
            return new DownloadResponse(new ByteArrayInputStream(content.toByteArray()), fileName, format.contentType(),
                    content.size());
        }), getTranslation(label));
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Component entriesGrid() {
        entries.removeAllColumns();
        entries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        entries.addColumn(NoticeEntry::caseNo).setHeader(getTranslation("case.no")).setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(NoticeEntry::maskedName).setHeader(getTranslation("field.NAME")).setAutoWidth(true);
        entries.addColumn(NoticeEntry::maskedIdNumber).setHeader(getTranslation("field.ID_NUMBER")).setAutoWidth(true);
        entries.addColumn(e -> divisions.nameWithin(e.divisionCode(), myDivision)).setHeader(getTranslation("case.division"))
                .setFlexGrow(2);
        entries.addComponentColumn(e -> e.status() == EntryStatus.REMOVED
                        ? Badges.status(io.jiceng.platform.casework.CaseStatus.REJECTED, getTranslation("entry-status.REMOVED"))
                        : Badges.neutral(getTranslation("entry-status." + e.status().name())))
                .setHeader(getTranslation("notice.entry.status")).setAutoWidth(true);
        entries.addColumn(NoticeEntry::objectionCount).setHeader(getTranslation("notice.objections")).setAutoWidth(true)
                .setFlexGrow(0);
        entries.addComponentColumn(this::entryActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        entries.setItems(notices.entries(notice.id()));
        entries.setAllRowsVisible(true);
        return entries;
    }

    private Component entryActions(NoticeEntry entry) {
        HorizontalLayout actions = new HorizontalLayout();
        if (notice.status() == NoticeStatus.OPEN && entry.status() == EntryStatus.LISTED) {
            Button object = new Button(getTranslation("objection.register"), VaadinIcon.FLAG.create(),
                    click -> new ObjectionDialog(notices, entry, this::render).open());
            object.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(object);
        }
        Button open = new Button(getTranslation("notice.entry.open"), click -> CaseView.open(entry.caseId()));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(open);
        return actions;
    }

    private Component objectionsGrid() {
        objections.removeAllColumns();
        objections.addColumn(Objection::caseNo).setHeader(getTranslation("case.no")).setAutoWidth(true).setFlexGrow(0);
        objections.addColumn(Objection::objectorName).setHeader(getTranslation("objection.objector")).setAutoWidth(true);
        objections.addColumn(Objection::reason).setHeader(getTranslation("objection.reason")).setFlexGrow(2);
        objections.addColumn(o -> getTranslation("objection-status." + o.status().name()))
                .setHeader(getTranslation("objection.status")).setAutoWidth(true);
        objections.addColumn(o -> o.finding() == null ? "" : o.finding()).setHeader(getTranslation("objection.finding"))
                .setFlexGrow(2);
        objections.addColumn(o -> Formats.dateTime(o.registeredAt(), getLocale())).setHeader(getTranslation("objection.registered-at"))
                .setAutoWidth(true);
        objections.setItems(notices.objections(notice.id()));
        objections.setAllRowsVisible(true);
        objections.setEmptyStateText(getTranslation("objection.none"));
        return objections;
    }

    @Override
    public String getPageTitle() {
        return (notice == null ? getTranslation("notice.list.title") : NoticeTexts.title(this, notice, divisions))
                + " - " + getTranslation("app.title");
    }
}
