package io.jiceng.ui.casepage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.jiceng.platform.workitem.Urging;
import io.jiceng.platform.workitem.WorkItem;

/** 催办: a short message to whoever has to act on the step. */
class UrgeDialog extends Dialog {

    final TextArea message = new TextArea();

    UrgeDialog(Urging urging, WorkItem item, Runnable done) {
        setHeaderTitle(getTranslation("urge.title", item.caseRecord().caseNo()));
        message.setLabel(getTranslation("urge.message"));
        message.setValue(getTranslation("urge.default-message"));
        message.setMaxLength(500);
        message.setWidth("26em");
        add(message);
        Button confirm = new Button(getTranslation("action.urge"), click -> {
            urging.urge(item.taskId(), message.getValue());
            close();
            done.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
