package io.jiceng.ui.cases;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jiceng.platform.casework.CaseQuery;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.ui.casepage.CaseView;
import io.jiceng.platform.screen.Formats;
import io.jiceng.ui.shell.Badges;
import io.jiceng.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;

/** 业务件查询: every case of my division subtree, whatever its state. */
@Route(value = "cases", layout = MainLayout.class)
@PermitAll
public class CaseListView extends VerticalLayout implements HasDynamicTitle {

    private final CaseService cases;
    private final Select<CaseStatus> status = new Select<>();
    private final TextField text = new TextField();
    final Grid<CaseRecord> grid = new Grid<>();

    public CaseListView(CaseService cases, DivisionService divisions, CurrentStaff currentStaff) {
        this.cases = cases;
        String scope = currentStaff.get().divisionCode();
        setSizeFull();
        status.setLabel(getTranslation("case.status"));
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation("status." + s.name()));
        text.setLabel(getTranslation("inbox.filter.text"));
        text.setPlaceholder(getTranslation("inbox.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CaseRecord::caseNo).setHeader(getTranslation("case.no")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("casetype." + c.moduleId() + "." + c.caseType())).setHeader(getTranslation("case.type"))
                .setAutoWidth(true);
        grid.addColumn(CaseRecord::title).setHeader(getTranslation("case.subject")).setAutoWidth(true);
        grid.addColumn(c -> divisions.nameWithin(c.divisionCode(), scope)).setHeader(getTranslation("case.division")).setFlexGrow(2);
        grid.addComponentColumn(c -> Badges.status(c.status(), getTranslation("status." + c.status().name())))
                .setHeader(getTranslation("case.status")).setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(c.createdAt(), getLocale())).setHeader(getTranslation("case.created-at")).setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(c.closedAt(), getLocale())).setHeader(getTranslation("case.closed-at")).setAutoWidth(true);
        grid.addItemClickListener(click -> CaseView.open(click.getItem().id()));
        grid.setEmptyStateText(getTranslation("case.none"));

        HorizontalLayout filters = new HorizontalLayout(status, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("case.list.title")), filters, grid);
        refresh();
    }

    private CaseQuery query(int offset, int limit) {
        return new CaseQuery(null, null, status.getValue(), null, text.getValue(), offset, limit);
    }

    private void refresh() {
        grid.setItems(q -> cases.search(query(q.getOffset(), q.getLimit())).cases().stream(),
                q -> (int) cases.search(query(0, 1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.list.title") + " - " + getTranslation("app.title");
    }
}
