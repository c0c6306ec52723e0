package io.jiceng.ui.residents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.resident.Masking;
import io.jiceng.ui.casepage.ResidentIdentity;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.residentimport.ResidentImport;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.ui.correction.CorrectionDialog;
import io.jiceng.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

/** 居民档案: search the residents of my division, register, edit, and ask for a correction. */
@Route(value = "residents", layout = MainLayout.class)
@PermitAll
public class ResidentListView extends VerticalLayout implements HasDynamicTitle {

    private final ResidentService residents;
    private final DivisionService divisions;
    private final CorrectionService corrections;
    private final StaffMember me;
    final TextField search = new TextField();
    final Grid<Resident> grid = new Grid<>();
    /** The residents whose full identity this user asked to see here (each asked with a purpose, audited). */
    private final java.util.Set<Long> revealed = new java.util.HashSet<>();
    final Button importButton = new Button();
    private final ResidentImport residentImport;

    public ResidentListView(ResidentService residents, DivisionService divisions, CorrectionService corrections,
                            ResidentImport residentImport, CurrentStaff currentStaff) {
        this.residents = residents;
        this.residentImport = residentImport;
        this.divisions = divisions;
        this.corrections = corrections;
        this.me = currentStaff.get();
        setSizeFull();

        search.setPlaceholder(getTranslation("resident.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (me.has(Permission.RESIDENT_EDIT)) {
            Button register = new Button(getTranslation("resident.register"), VaadinIcon.PLUS.create(),
                    click -> new ResidentDialog(residents, divisions, me, null, this::refresh).open());
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            importButton.setText(getTranslation("resident.import.button"));
            importButton.setIcon(VaadinIcon.UPLOAD.create());
            importButton.addClickListener(click -> new ResidentImportDialog(residentImport, this::refresh).open());
            toolbar.add(register, importButton);
        }
        configureGrid();
        add(new H2(getTranslation("resident.title")), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> revealed.contains(r.id()) ? r.name() : r.maskedName()).setHeader(getTranslation("resident.name"))
                .setKey("name").setAutoWidth(true);
        grid.addColumn(r -> revealed.contains(r.id()) ? r.idNumber() : r.maskedIdNumber())
                .setHeader(getTranslation("resident.id-number")).setKey("idNumber").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("gender." + r.gender().name())).setHeader(getTranslation("resident.gender")).setAutoWidth(true);
        grid.addColumn(r -> r.ageOn(LocalDate.now())).setHeader(getTranslation("resident.age")).setAutoWidth(true);
        grid.addColumn(r -> Masking.current().phone(r.phone())).setHeader(getTranslation("resident.phone")).setAutoWidth(true);
        grid.addColumn(r -> divisions.fullName(r.divisionCode())).setHeader(getTranslation("resident.division")).setFlexGrow(2);
        grid.addColumn(Resident::householdNo).setHeader(getTranslation("resident.household-no")).setAutoWidth(true);
        grid.addColumn(r -> r.migrant() ? getTranslation("resident.migrant") : getTranslation("resident.registered"))
                .setHeader(getTranslation("resident.kind")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("task.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("resident.none"));
    }

    private HorizontalLayout actions(Resident resident) {
        HorizontalLayout actions = new HorizontalLayout();
        if (me.has(Permission.IDENTITY_FULL_VIEW) && !revealed.contains(resident.id())) {
            Button reveal = new Button(getTranslation("identity.reveal"), VaadinIcon.EYE.create(),
                    click -> ResidentIdentity.askPurpose(residents, resident.id(), shown -> {
                        revealed.add(shown.id());
                        grid.getDataProvider().refreshItem(resident);
                    }));
            reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reveal);
        }
        // the edit form shows the full name and ID number: only for those entitled to see them, and audited
        if (me.has(Permission.RESIDENT_EDIT) && me.has(Permission.IDENTITY_FULL_VIEW)) {
            Button edit = new Button(getTranslation("action.edit"), click -> {
                Resident full = residents.revealIdentity(resident.id(), getTranslation("identity.purpose.edit"));
                new ResidentDialog(residents, divisions, me, full, this::refresh).open();
            });
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(edit);
        }
        if (me.has(Permission.CASE_START)) {
            Button correct = new Button(getTranslation("resident.request-correction"),
                    click -> new CorrectionDialog(corrections, resident).open());
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            actions.add(correct);
        }
        return actions;
    }

    void refresh() {
        String text = search.getValue();
        grid.setItems(query -> residents.search(new ResidentQuery(text, null, query.getOffset(), query.getLimit())).residents().stream(),
                query -> (int) residents.search(new ResidentQuery(text, null, 0, 1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resident.title") + " - " + getTranslation("app.title");
    }
}
