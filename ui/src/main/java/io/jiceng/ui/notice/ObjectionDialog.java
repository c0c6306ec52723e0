package io.jiceng.ui.notice;

import com.vaadin.flow.component.HasValidation;
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
import io.jiceng.platform.problem.Problem;
import io.jiceng.ui.i18n.ProblemMessages;
import io.jiceng.ui.shell.Notifications;
import java.util.Map;

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

        Map<String, HasValidation> fields = Map.of("objectorName", objectorName, "objectorContact", objectorContact,
                "reason", reason);
        register.setText(getTranslation("objection.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                notices.object(entry.noticeId(), entry.caseId(),
                        new ObjectionForm(objectorName.getValue(), objectorContact.getValue(), reason.getValue()));
                Notifications.success(getTranslation("objection.registered"));
                close();
                registered.run();
            } catch (InvalidField invalid) {
                HasValidation field = fields.get(invalid.field());
                field.setErrorMessage(ProblemMessages.text(invalid));
                field.setInvalid(true);
            } catch (Problem problem) {
                Notifications.problem(problem);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), register);
    }
}
