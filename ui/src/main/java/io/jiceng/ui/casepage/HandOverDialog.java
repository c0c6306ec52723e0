package io.jiceng.ui.casepage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.function.BiConsumer;

/** 委派 (for an opinion, comes back), 转办 (hand over) or 加签 (sign too): choose the colleague and say why. */
class HandOverDialog extends Dialog {

    final ComboBox<StaffMember> colleague = new ComboBox<>();
    final TextArea note = new TextArea();

    /** {@code action} receives the colleague's user name and the note. */
    HandOverDialog(WorkItemService workItems, DivisionService divisions, WorkItem item, Decision how,
                   BiConsumer<String, String> action, Runnable done) {
        setHeaderTitle(getTranslation("decision." + how.name()) + "：" + item.caseRecord().caseNo());
        colleague.setLabel(getTranslation("handover.colleague"));
        colleague.setItems(workItems.colleaguesFor(item.taskId()));
        colleague.setItemLabelGenerator(member -> member.displayName() + "（" + divisions.fullName(member.divisionCode()) + "）");
        colleague.setRequired(true);
        colleague.setWidth("26em");
        note.setLabel(getTranslation("handover.note"));
        note.setWidthFull();
        add(new FormLayout(colleague, note));
        Button confirm = new Button(getTranslation("decision." + how.name()), click -> {
            if (colleague.getValue() == null) {
                colleague.setInvalid(true);
                colleague.setErrorMessage(getTranslation("handover.colleague.required"));
                return;
            }
            action.accept(colleague.getValue().username(), note.getValue());
            close();
            done.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
