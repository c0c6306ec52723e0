package io.jiceng.platform.resident.internal;

import io.jiceng.platform.resident.Gender;
import io.jiceng.platform.resident.Masking;
import io.jiceng.platform.resident.Resident;
import java.time.LocalDate;

/**
 * A resident as the REST API shows it: name, ID number and phone masked unless the caller asked for the full
 * record and may see it ({@code identityRevealed}); lists are always masked.
 */
public record ResidentSummary(long id, String name, String idNumber, Gender gender, int age, String phone,
                              String householdNo, String householdRelation, String divisionCode, String address,
                              boolean migrant, int version, boolean identityRevealed) {

    static ResidentSummary masked(Resident r) {
        return new ResidentSummary(r.id(), r.maskedName(), r.maskedIdNumber(), r.gender(), r.ageOn(LocalDate.now()),
                Masking.current().phone(r.phone()), r.householdNo(), r.householdRelation(), r.divisionCode(),
                r.address(), r.migrant(), r.version(), false);
    }

    static ResidentSummary full(Resident r) {
        return new ResidentSummary(r.id(), r.name(), r.idNumber(), r.gender(), r.ageOn(LocalDate.now()), r.phone(),
                r.householdNo(), r.householdRelation(), r.divisionCode(), r.address(), r.migrant(), r.version(), true);
    }
}
