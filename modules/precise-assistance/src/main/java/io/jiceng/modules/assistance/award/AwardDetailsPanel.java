package io.jiceng.modules.assistance.award;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What reviewers need about one application: the facts, the rules met or not, and the clerk's override reason. */
public class AwardDetailsPanel extends VerticalLayout {

    private final AwardService awards;
    private final boolean linkToCase;

    /** With a button that opens the case page (on the module's own screen), or without (on the case page). */
    public AwardDetailsPanel(AwardService awards, boolean linkToCase) {
        this.awards = awards;
        this.linkToCase = linkToCase;
        setPadding(false);
    }

    public void show(long caseId) {
        removeAll();
        AwardDetails d = awards.details(caseId);
        AwardApplication a = d.application();
        add(new H3(d.caseRecord().caseNo() + " · " + d.maskedName() + " · " + d.scheme().name(getLocale())),
                new Paragraph(getTranslation("precise-assistance.award.details.facts", d.maskedIdNumber(), a.confirmYear(),
                        getTranslation(a.ruralHousehold() ? "precise-assistance.yes" : "precise-assistance.no"),
                        getTranslation(a.outOfPolicyBirth() ? "precise-assistance.yes" : "precise-assistance.no"))),
                new Paragraph(getTranslation("precise-assistance.award.details.children", d.children().size(),
                        d.children().stream().map(c -> getTranslation("precise-assistance.award.sex." + c.sex()) + c.birthYear()
                                + (c.alive() ? "" : "†") + (c.disabilityGrade() == null ? "" : "(" + c.disabilityGrade() + ")"))
                                .reduce((x, y) -> x + "、" + y).orElse(""))));
        d.rules().forEach(r -> add(new Span((r.passed() ? "✓ " : "✗ ") + r.wording(getLocale()))));
        if (a.overridden()) {
            Paragraph reason = new Paragraph(getTranslation("precise-assistance.award.details.override", a.overrideReason()));
            reason.getStyle().set("color", "var(--lumo-error-text-color)");
            add(reason);
        }
        if (linkToCase) {
            add(new Button(getTranslation("precise-assistance.award.details.open-case"),
                    click -> getUI().ifPresent(ui -> ui.navigate("cases/" + caseId))));
        }
    }
}
