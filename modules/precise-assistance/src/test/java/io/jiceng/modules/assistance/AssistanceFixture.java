package io.jiceng.modules.assistance;

import io.jiceng.platform.division.DivisionImporter;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/** Nan'an's divisions, staff of 溪美街道 for the module's tests (names of their own), and residents on demand. */

public class AssistanceFixture {

    public static final String STREET = "350583001";
    public static final String CLERK = "pa-clerk";
    public static final String COUNTY = "pa-county";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DivisionImporter divisionImporter;
    private final DivisionService divisions;
    private final StaffService staff;
    private final ResidentService residents;
    private final CurrentStaff currentStaff;

    public AssistanceFixture(DivisionImporter divisionImporter, DivisionService divisions, StaffService staff,
                             ResidentService residents, CurrentStaff currentStaff) {
        this.divisionImporter = divisionImporter;
        this.divisions = divisions;
        this.staff = staff;
        this.residents = residents;
        this.currentStaff = currentStaff;
    }

    public void ensurePlaceAndStaff() {
        if (divisions.find(STREET + "001").isEmpty()) {
            divisionImporter.importFrom("classpath:demo/divisions/");
        }
        ensureStaff(CLERK, "王丽华", STREET, Role.STREET_CLERK);
        ensureStaff(COUNTY, "陈建国", "350583", Role.COUNTY_APPROVER);
    }

    /** A community specialist of one village, created once. */
    public String specialistOf(String village, String username, String name) {
        ensureStaff(username, name, village, Role.COMMUNITY_SPECIALIST);
        return username;
    }

    public Resident residentOf(String village, String name) {
        return currentStaff.runAs(CLERK, () -> {
            ResidentForm form = new ResidentForm();
            form.setIdNumber(IdNumber.withCheckChar("35058319650301" + String.format("%03d", 500 + SEQUENCE.incrementAndGet())));
            form.setName(name);
            form.setDivisionCode(village);
            return residents.register(form);
        });
    }

    private void ensureStaff(String username, String name, String division, Role role) {
        if (staff.find(username).isEmpty()) {
            staff.create(username, name, "Test@2026", division, EnumSet.of(role));
        }
    }
}
