package io.jiceng.ui.residents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import io.jiceng.platform.division.Division;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.screen.FieldErrors;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.screen.ProblemMessages;
import io.jiceng.ui.shell.Notifications;

/** 登记 / 编辑居民: every field checked as it is typed, with the same rules the registry applies on save. */
class ResidentDialog extends Dialog {

    final TextField idNumber = new TextField();
    final TextField name = new TextField();
    final TextField phone = new TextField();
    final ComboBox<Division> division = new ComboBox<>();
    final TextField householdNo = new TextField();
    final TextField householdRelation = new TextField();
    final TextField address = new TextField();
    final Checkbox migrant = new Checkbox();
    final Button save = new Button();
    private final Binder<ResidentForm> binder = new Binder<>(ResidentForm.class);

    ResidentDialog(ResidentService residents, DivisionService divisions, StaffMember me, Resident existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "resident.register" : "resident.edit"));
        setWidth("720px");
        idNumber.setLabel(getTranslation("resident.id-number"));
        idNumber.setRequired(true);
        idNumber.setMaxLength(18);
        idNumber.setHelperText(getTranslation("resident.id-number.help"));
        name.setLabel(getTranslation("resident.name"));
        name.setRequired(true);
        phone.setLabel(getTranslation("resident.phone"));
        division.setLabel(getTranslation("resident.division"));
        division.setRequired(true);
        division.setItems(divisions.residencesUnder(me.divisionCode()));
        division.setItemLabelGenerator(d -> divisions.nameWithin(d.code(), me.divisionCode()));
        householdNo.setLabel(getTranslation("resident.household-no"));
        householdRelation.setLabel(getTranslation("resident.household-relation"));
        address.setLabel(getTranslation("resident.address"));
        migrant.setLabel(getTranslation("resident.migrant"));

        binder.forField(idNumber).withValidator((value, context) -> {
            try {
                IdNumber.parse(value);
                return ValidationResult.ok();
            } catch (InvalidField invalid) {
                return ValidationResult.error(ProblemMessages.text(invalid));
            }
        }).bind(ResidentForm::getIdNumber, ResidentForm::setIdNumber);
        binder.forField(name).asRequired(getTranslation("resident.name.required"))
                .bind(ResidentForm::getName, ResidentForm::setName);
        binder.forField(phone).bind(ResidentForm::getPhone, ResidentForm::setPhone);
        binder.forField(division).asRequired(getTranslation("resident.division.required"))
                .bind(form -> form.getDivisionCode() == null ? null : divisions.find(form.getDivisionCode()).orElse(null),
                        (form, d) -> form.setDivisionCode(d == null ? null : d.code()));
        binder.forField(householdNo).bind(ResidentForm::getHouseholdNo, ResidentForm::setHouseholdNo);
        binder.forField(householdRelation).bind(ResidentForm::getHouseholdRelation, ResidentForm::setHouseholdRelation);
        binder.forField(address).bind(ResidentForm::getAddress, ResidentForm::setAddress);
        binder.forField(migrant).bind(ResidentForm::isMigrant, ResidentForm::setMigrant);
        binder.setBean(existing == null ? new ResidentForm() : ResidentForm.of(existing));

        FormLayout form = new FormLayout(idNumber, name, phone, division, householdNo, householdRelation, address, migrant);
        form.setColspan(address, 2);
        add(form);

        FieldErrors fields = new FieldErrors();
        fields.field("idNumber", idNumber);
        fields.field("name", name);
        fields.field("phone", phone);
        fields.field("divisionCode", division);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().hasErrors()) {
                return;
            }
            try {
                if (existing == null) {
                    residents.register(binder.getBean());
                } else {
                    residents.update(existing.id(), existing.version(), binder.getBean());
                }
                close();
                Notifications.success(getTranslation("resident.saved"));
                saved.run();
            } catch (InvalidField invalid) {
                if (!fields.show(invalid)) {
                    throw invalid;
                }
            } catch (Problem problem) {
                Notifications.problem(problem);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
