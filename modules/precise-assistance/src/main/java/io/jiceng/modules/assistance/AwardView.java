package io.jiceng.modules.assistance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.casework.CaseQuery;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import jakarta.annotation.security.PermitAll;

/**
 * The module's screen: its cases in the user's division, and a form to open one. No @Route: the platform
 * registers the route from the descriptor while the module is enabled; the permission is checked there too.
 */
@PermitAll
public class AwardView extends VerticalLayout {

    final TextField idNumber = new TextField();
    final TextField note = new TextField();
    final Grid<CaseRecord> grid = new Grid<>();

    public AwardView(AwardService service, CaseService cases, ResidentService residents) {
        idNumber.setLabel(getTranslation("precise-assistance.resident-id-number"));
        note.setLabel(getTranslation("precise-assistance.note"));
        note.setWidth("24em");
        Button submit = new Button(getTranslation("precise-assistance.submit"), click -> {
            try {
                Resident resident = residents.search(new ResidentQuery(idNumber.getValue(), null, 0, 1)).residents().stream()
                        .findFirst().orElseThrow(() -> new Problem("precise-assistance.resident.not-found"));
                CaseRecord record = service.submit(resident.id(), note.getValue());
                getUI().ifPresent(ui -> ui.navigate("cases/" + record.id()));
            } catch (Problem problem) {
                Notification.show(getTranslation(problem.messageKey(), problem.arguments()));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(idNumber, note, submit);
        form.setAlignItems(Alignment.BASELINE);

        grid.addColumn(CaseRecord::caseNo).setHeader(getTranslation("precise-assistance.case-no"));
        grid.addColumn(CaseRecord::title).setHeader(getTranslation("precise-assistance.subject"));
        grid.addColumn(c -> getTranslation("status." + c.status().name())).setHeader(getTranslation("precise-assistance.status"));
        grid.setItems(query -> cases.search(new CaseQuery(AwardModule.ID, null, null, null, null,
                query.getOffset(), query.getLimit())).cases().stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("cases/" + click.getItem().id())));
        add(new H2(getTranslation("precise-assistance.menu")), form, grid);
    }
}
