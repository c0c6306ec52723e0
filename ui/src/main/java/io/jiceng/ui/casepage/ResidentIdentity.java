package io.jiceng.ui.casepage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentService;

/**
 * A resident's name and ID number, masked; a user entitled to see them in full may do so after saying why,
 * and that view is written to the audit log.
 */
public class ResidentIdentity extends HorizontalLayout {

    public ResidentIdentity(ResidentService residents, long residentId, boolean revealed, boolean entitled,
                            SerializableConsumer<Boolean> onReveal) {
        setAlignItems(Alignment.CENTER);
        Resident resident = residents.get(residentId);
        String text = revealed
                ? resident.name() + "　" + resident.idNumber()
                : resident.maskedName() + "　" + resident.maskedIdNumber();
        add(new Span(text));
        if (!revealed && entitled) {
            Button show = new Button(getTranslation("identity.reveal"), VaadinIcon.EYE.create(),
                    click -> askPurpose(residents, residentId, shown -> onReveal.accept(true)));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(show);
        }
    }

    /**
     * Asks why the user wants to see a resident's full name and ID number; with a purpose given, the full view is
     * audited (who, whom, when, why) and {@code onRevealed} gets the record.
     */
    public static void askPurpose(ResidentService residents, long residentId, SerializableConsumer<Resident> onRevealed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("identity.reveal.title"));
        TextField purpose = new TextField(dialog.getTranslation("identity.reveal.purpose"));
        purpose.setWidth("24em");
        purpose.setRequired(true);
        purpose.setHelperText(dialog.getTranslation("identity.reveal.audited"));
        purpose.setMaxLength(200);
        Button confirm = new Button(dialog.getTranslation("action.confirm"), click -> {
            if (purpose.getValue().isBlank()) {
                purpose.setInvalid(true);
                purpose.setErrorMessage(dialog.getTranslation("identity.reveal.purpose.required"));
                return;
            }
            Resident shown = residents.revealIdentity(residentId, purpose.getValue().strip());
            dialog.close();
            onRevealed.accept(shown);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(purpose);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

}
