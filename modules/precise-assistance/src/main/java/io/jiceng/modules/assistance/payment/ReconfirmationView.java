package io.jiceng.modules.assistance.payment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.modules.assistance.award.AwardService;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.screen.ProblemMessages;
import io.jiceng.platform.resident.ResidentService;
import jakarta.annotation.security.PermitAll;

/** 年度确认: last year's recipients of the user's division, each continued or stopped with a reason for the year. */
@PermitAll
public class ReconfirmationView extends VerticalLayout {

    final IntegerField year = new IntegerField();
    final Grid<Reconfirmations.Due> grid = new Grid<>();
    private final Reconfirmations reconfirmations;

    public ReconfirmationView(Reconfirmations reconfirmations, ResidentService residents) {
        this.reconfirmations = reconfirmations;
        year.setLabel(getTranslation("precise-assistance.reconfirm.year"));
        year.setValue(AwardService.currentYear() + 1);
        year.addValueChangeListener(e -> refresh());
        grid.addColumn(d -> residents.get(d.lastYear().residentId()).maskedName()).setHeader(getTranslation("precise-assistance.payment.name"));
        grid.addColumn(d -> d.lastYear().schemeCode()).setHeader(getTranslation("precise-assistance.payment.scheme"));
        grid.addColumn(d -> d.lastYear().divisionCode()).setHeader(getTranslation("precise-assistance.payment.village"));
        grid.addColumn(d -> d.decision() == null ? getTranslation("precise-assistance.reconfirm.pending")
                : getTranslation("precise-assistance.reconfirm.status." + d.decision().status())
                + (d.decision().stopReason() == null ? "" : " · " + getTranslation("precise-assistance.reconfirm.reason." + d.decision().stopReason())))
                .setHeader(getTranslation("precise-assistance.reconfirm.decision"));
        grid.addComponentColumn(this::actions);
        add(new H2(getTranslation("precise-assistance.reconfirm.menu")), year, grid);
        refresh();
    }

    private HorizontalLayout actions(Reconfirmations.Due due) {
        HorizontalLayout actions = new HorizontalLayout();
        if (due.decision() != null) {
            return actions;
        }
        Select<StopReason> reason = new Select<>();
        reason.setItems(StopReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("precise-assistance.reconfirm.reason." + r.name()));
        reason.setPlaceholder(getTranslation("precise-assistance.reconfirm.reason"));
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("precise-assistance.reconfirm.note"));
        actions.add(new Button(getTranslation("precise-assistance.reconfirm.continue"), click -> act(() ->
                        reconfirmations.continueFor(due.lastYear().residentId(), due.lastYear().schemeCode(), year.getValue()))),
                reason, note, new Button(getTranslation("precise-assistance.reconfirm.stop"), click -> act(() ->
                        reconfirmations.stop(due.lastYear().residentId(), due.lastYear().schemeCode(), year.getValue(),
                                reason.getValue(), note.getValue()))));
        return actions;
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (Problem problem) {
            Notification.show(ProblemMessages.text(problem));
        }
    }

    void refresh() {
        grid.setItems(reconfirmations.due(null, year.getValue()));
    }
}
