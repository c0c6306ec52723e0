package io.jiceng.platform.resident;

import java.time.Instant;
import java.time.LocalDate;

/** A person the platform serves: a registered resident or a migrant living in one of our divisions. */
public record Resident(Long id, String idNumber, String name, Gender gender, LocalDate birthDate, String phone,
                       String householdNo, String householdRelation, String divisionCode, String address,
                       boolean migrant, int version, String createdBy, Instant createdAt, String updatedBy,
                       Instant updatedAt) {

    public String maskedName() {
        return Masking.current().name(name);
    }

    public String maskedIdNumber() {
        return Masking.current().idNumber(idNumber);
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }
}
