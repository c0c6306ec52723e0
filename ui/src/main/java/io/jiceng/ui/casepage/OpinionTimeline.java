package io.jiceng.ui.casepage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.Opinion;
import io.jiceng.platform.screen.Formats;
import io.jiceng.platform.screen.StepNames;
import io.jiceng.ui.shell.Badges;
import java.util.List;

/** 审批意见: who decided what at which step and why, oldest first. */
class OpinionTimeline extends VerticalLayout {

    OpinionTimeline(CaseRecord record, List<Opinion> opinions) {
        setPadding(false);
        setSpacing(false);
        opinions.forEach(opinion -> add(entry(record, opinion)));
    }

    private Div entry(CaseRecord record, Opinion opinion) {
        Span when = new Span(Formats.dateTime(opinion.createdAt(), getLocale()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("min-width", "11em");
        Span step = new Span(StepNames.of(this, record, opinion.stepKey(), opinion.stepName()));
        step.getStyle().set("font-weight", "600");
        Span who = new Span(opinion.staffName());
        Span decision = opinion.decision() == Decision.REJECT || opinion.decision() == Decision.RETURN
                ? Badges.overdue(getTranslation("decision." + opinion.decision().name()))
                : Badges.neutral(getTranslation("decision." + opinion.decision().name()));
        HorizontalLayout head = new HorizontalLayout(when, step, who, decision);
        head.setAlignItems(Alignment.CENTER);
        Div entry = new Div(head);
        entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding", "0 0 var(--lumo-space-s) var(--lumo-space-m)");
        if (opinion.opinion() != null) {
            Paragraph text = new Paragraph(opinion.opinion());
            text.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0").set("white-space", "pre-wrap");
            entry.add(text);
        }
        return entry;
    }
}
