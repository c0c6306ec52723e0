package io.jiceng.platform.resident;

import io.jiceng.platform.resident.internal.ResidentMapper;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The fields of a resident record that a correction request may change. */
public enum CorrectableField {
    NAME(Resident::name, r -> r.name, ResidentForm::setName),
    ID_NUMBER(Resident::idNumber, r -> r.idNumber, ResidentForm::setIdNumber),
    PHONE(Resident::phone, r -> r.phone, ResidentForm::setPhone),
    HOUSEHOLD_NO(Resident::householdNo, r -> r.householdNo, ResidentForm::setHouseholdNo),
    HOUSEHOLD_RELATION(Resident::householdRelation, r -> r.householdRelation, ResidentForm::setHouseholdRelation),
    ADDRESS(Resident::address, r -> r.address, ResidentForm::setAddress),
    DIVISION(Resident::divisionCode, r -> r.divisionCode, ResidentForm::setDivisionCode);

    private final Function<Resident, String> ofResident;
    private final Function<ResidentMapper.ResidentRow, String> ofRow;
    private final BiConsumer<ResidentForm, String> setter;

    CorrectableField(Function<Resident, String> ofResident, Function<ResidentMapper.ResidentRow, String> ofRow,
                     BiConsumer<ResidentForm, String> setter) {
        this.ofResident = ofResident;
        this.ofRow = ofRow;
        this.setter = setter;
    }

    public String get(Resident resident) {
        return ofResident.apply(resident);
    }

    String get(ResidentMapper.ResidentRow row) {
        return ofRow.apply(row);
    }

    void set(ResidentForm form, String value) {
        setter.accept(form, value);
    }

    /** Name and ID number are personal data: shown masked like the record itself. */
    public boolean isIdentity() {
        return this == NAME || this == ID_NUMBER;
    }
}
