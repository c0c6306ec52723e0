package io.jiceng.ui.casepage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.workitem.CaseCopies;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;

/** 抄送: choose the colleagues who should know about the case. */
class CopyDialog extends Dialog {

    final MultiSelectComboBox<StaffMember> recipients = new MultiSelectComboBox<>();
    final TextArea note = new TextArea();

    CopyDialog(WorkItemService workItems, CaseCopies copies, DivisionService divisions, WorkItem item, Runnable done) {
        setHeaderTitle(getTranslation("copy.title", item.caseRecord().caseNo()));
        recipients.setLabel(getTranslation("copy.recipients"));
        recipients.setItems(workItems.colleaguesFor(item.taskId()));
        recipients.setItemLabelGenerator(member -> member.displayName() + "（" + divisions.fullName(member.divisionCode()) + "）");
        recipients.setRequired(true);
        recipients.setWidth("26em");
        note.setLabel(getTranslation("handover.note"));
        note.setWidthFull();
        add(new FormLayout(recipients, note));
        Button confirm = new Button(getTranslation("copy.send"), click -> {
            if (recipients.getValue().isEmpty()) {
                recipients.setInvalid(true);
                recipients.setErrorMessage(getTranslation("handover.colleague.required"));
                return;
            }
            copies.copy(item.taskId(), recipients.getValue().stream().map(StaffMember::username).toList(), note.getValue());
            close();
            done.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
