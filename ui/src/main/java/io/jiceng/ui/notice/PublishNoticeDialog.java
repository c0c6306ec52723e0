package io.jiceng.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.notice.AwaitingProcedure;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.notice.NoticePublication;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.ui.shell.Notifications;
import java.util.List;
import java.util.function.Consumer;

/** 发布公示: choose what to notice, see the cases waiting in my division, publish them (all, or those ticked). */
class PublishNoticeDialog extends Dialog {

    final Select<AwaitingProcedure> procedure = new Select<>();
    final Grid<CaseRecord> waiting = new Grid<>();
    final Button publish = new Button();

    PublishNoticeDialog(PublicNotices notices, StaffMember me, Consumer<Notice> published) {
        setHeaderTitle(getTranslation("notice.publish"));
        setWidth("760px");
        procedure.setLabel(getTranslation("notice.procedure"));
        procedure.setItems(notices.awaitingProcedures(me.divisionCode()));
        procedure.setItemLabelGenerator(p -> getTranslation("notice.procedure.waiting",
                NoticeTexts.procedure(this, p.procedure()), p.caseCount()));
        procedure.setEmptySelectionCaption(getTranslation("notice.procedure.none-waiting"));
        procedure.setWidthFull();

        waiting.setId("waiting");
        waiting.setSelectionMode(Grid.SelectionMode.MULTI);
        waiting.addColumn(CaseRecord::caseNo).setHeader(getTranslation("case.no")).setAutoWidth(true);
        waiting.addColumn(CaseRecord::title).setHeader(getTranslation("case.subject")).setAutoWidth(true);
        waiting.setHeight("320px");
        waiting.setEmptyStateText(getTranslation("notice.procedure.none-waiting"));
        procedure.addValueChangeListener(e -> {
            List<CaseRecord> cases = e.getValue() == null ? List.of()
                    : notices.awaiting(e.getValue().procedure(), me.divisionCode());
            waiting.setItems(cases);
            waiting.asMultiSelect().select(cases);
        });

        publish.setText(getTranslation("notice.publish.confirm"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> {
            if (procedure.getValue() == null || waiting.getSelectedItems().isEmpty()) {
                Notifications.error(getTranslation("notice.publish.choose"));
                return;
            }
            try {
                Notice notice = notices.publish(new NoticePublication(procedure.getValue().procedure(), me.divisionCode(),
                        waiting.getSelectedItems().stream().map(CaseRecord::id).toList()));
                Notifications.success(getTranslation("notice.published", notice.entryCount()));
                close();
                published.accept(notice);
            } catch (Problem problem) {
                Notifications.problem(problem);
            }
        });
        add(new VerticalLayout(new Paragraph(getTranslation("notice.publish.hint")), procedure, waiting));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), publish);
    }
}
