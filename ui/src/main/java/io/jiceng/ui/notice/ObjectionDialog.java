package io.jiceng.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.notice.NoticeEntry;
import io.jiceng.platform.notice.ObjectionForm;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.screen.FieldErrors;
import io.jiceng.platform.problem.Problem;
import io.jiceng.ui.shell.Notifications;

/** 登记异议: the counter clerk writes down who objects to an entry, how to reach them, and why. */
class ObjectionDialog extends Dialog {

    final TextField objectorName = new TextField();
    final TextField objectorContact = new TextField();
    final TextArea reason = new TextArea();
    final Button register = new Button();

    ObjectionDialog(PublicNotices notices, NoticeEntry entry, Runnable registered) {
        setHeaderTitle(getTranslation("objection.register.title", entry.caseNo(), entry.maskedName()));
        setWidth("560px");
        objectorName.setLabel(getTranslation("objection.objector"));
        objectorName.setRequiredIndicatorVisible(true);
        objectorName.setMaxLength(64);
        objectorContact.setLabel(getTranslation("objection.contact"));
        objectorContact.setMaxLength(64);
        reason.setLabel(getTranslation("objection.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setMinHeight("140px");
        FormLayout form = new FormLayout(objectorName, objectorContact, reason);
        form.setColspan(reason, 2);
        add(form);

        FieldErrors fields = new FieldErrors();
        fields.field("objectorName", objectorName);
        fields.field("objectorContact", objectorContact);
        fields.field("reason", reason);
        register.setText(getTranslation("objection.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> {
            fields.clear();
            try {
                notices.object(entry.noticeId(), entry.caseId(),
                        new ObjectionForm(objectorName.getValue(), objectorContact.getValue(), reason.getValue()));
                Notifications.success(getTranslation("objection.registered"));
                close();
                registered.run();
            } catch (InvalidField invalid) {
                fields.show(invalid);
            } catch (Problem problem) {
                Notifications.problem(problem);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), register);
    }
}
