package io.jiceng.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.notice.NoticeQuery;
import io.jiceng.platform.notice.NoticeStatus;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.ui.shell.Badges;
import io.jiceng.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;

/** 公示管理: the notices of my division subtree and of the divisions above mine, newest first. */
@Route(value = "notices", layout = MainLayout.class)
@PermitAll
public class NoticeListView extends VerticalLayout implements HasDynamicTitle {

    private final PublicNotices notices;
    private final Select<NoticeStatus> status = new Select<>();
    final Grid<Notice> grid = new Grid<>();
    final Button publish = new Button();

    public NoticeListView(PublicNotices notices, DivisionService divisions, CurrentStaff currentStaff) {
        this.notices = notices;
        setSizeFull();
        status.setLabel(getTranslation("notice.status"));
        status.setItems(NoticeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation("notice-status." + s.name()));
        status.addValueChangeListener(e -> refresh());

        Instant now = Instant.now();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(n -> NoticeTexts.title(this, n, divisions)).setHeader(getTranslation("notice.name")).setFlexGrow(3);
        grid.addColumn(Notice::entryCount).setHeader(getTranslation("notice.entries")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> NoticeTexts.period(this, n)).setHeader(getTranslation("notice.period.header")).setAutoWidth(true);
        grid.addColumn(n -> NoticeTexts.remaining(this, n, now)).setHeader(getTranslation("notice.remaining.header")).setAutoWidth(true);
        grid.addComponentColumn(n -> n.status() == NoticeStatus.OPEN
                        ? Badges.status(io.jiceng.platform.casework.CaseStatus.IN_NOTICE, getTranslation("notice-status.OPEN"))
                        : Badges.neutral(getTranslation("notice-status.CLOSED")))
                .setHeader(getTranslation("notice.status")).setAutoWidth(true);
        grid.addItemClickListener(click -> NoticeView.open(click.getItem().id()));
        grid.setEmptyStateText(getTranslation("notice.none"));

        publish.setText(getTranslation("notice.publish"));
        publish.setIcon(VaadinIcon.MEGAPHONE.create());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(currentStaff.get().has(Permission.NOTICE_PUBLISH));
        publish.addClickListener(click -> new PublishNoticeDialog(notices, currentStaff.get(), published -> {
            refresh();
            NoticeView.open(published.id());
        }).open());

        HorizontalLayout filters = new HorizontalLayout(status, publish);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("notice.list.title")), filters, grid);
        refresh();
    }

    private NoticeQuery query(int offset, int limit) {
        return new NoticeQuery(null, null, status.getValue(), offset, limit);
    }

    private void refresh() {
        grid.setItems(q -> notices.search(query(q.getOffset(), q.getLimit())).notices().stream(),
                q -> (int) notices.search(query(0, 1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.list.title") + " - " + getTranslation("app.title");
    }
}
