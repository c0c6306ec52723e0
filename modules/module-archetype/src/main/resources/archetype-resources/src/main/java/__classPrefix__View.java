package ${package};

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
public class ${classPrefix}View extends VerticalLayout {

    final TextField idNumber = new TextField();
    final TextField note = new TextField();
    final Grid<CaseRecord> grid = new Grid<>();

    public ${classPrefix}View(${classPrefix}Service service, CaseService cases, ResidentService residents) {
        idNumber.setLabel(getTranslation("${moduleId}.resident-id-number"));
        note.setLabel(getTranslation("${moduleId}.note"));
        note.setWidth("24em");
        Button submit = new Button(getTranslation("${moduleId}.submit"), click -> {
            try {
                Resident resident = residents.search(new ResidentQuery(idNumber.getValue(), null, 0, 1)).residents().stream()
                        .findFirst().orElseThrow(() -> new Problem("${moduleId}.resident.not-found"));
                CaseRecord record = service.submit(resident.id(), note.getValue());
                getUI().ifPresent(ui -> ui.navigate("cases/" + record.id()));
            } catch (Problem problem) {
                Notification.show(getTranslation(problem.messageKey(), problem.arguments()));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(idNumber, note, submit);
        form.setAlignItems(Alignment.BASELINE);

        grid.addColumn(CaseRecord::caseNo).setHeader(getTranslation("${moduleId}.case-no"));
        grid.addColumn(CaseRecord::title).setHeader(getTranslation("${moduleId}.subject"));
        grid.addColumn(c -> getTranslation("status." + c.status().name())).setHeader(getTranslation("${moduleId}.status"));
        grid.setItems(query -> cases.search(new CaseQuery(${classPrefix}Module.ID, null, null, null, null,
                query.getOffset(), query.getLimit())).cases().stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("cases/" + click.getItem().id())));
        add(new H2(getTranslation("${moduleId}.menu")), form, grid);
    }
}
