package io.jiceng.platform;

import io.jiceng.platform.division.DivisionImporter;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.staff.CurrentStaff;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Nan'an's divisions and a few staff members at two neighbouring streets, created once per test context. */
@Component
public class StaffFixture {

    public static final String COUNTY = "350583";
    public static final String XIMEI = "350583001";
    public static final String XIMEI_COMMUNITY = "350583001001";
    public static final String LIUCHENG = "350583002";
    public static final String LIUCHENG_COMMUNITY = "350583002001";

    private final DivisionImporter divisions;
    private final StaffService staff;
    private final CurrentStaff currentStaff;

    public StaffFixture(DivisionImporter divisions, StaffService staff, CurrentStaff currentStaff) {
        this.divisions = divisions;
        this.staff = staff;
        this.currentStaff = currentStaff;
    }

    public synchronized void ensure() {
        if (!staff.isEmpty()) {
            return;
        }
        divisions.importFrom("classpath:demo/divisions/");
        staff.create("t-clerk", "王丽华", "Test@2026", XIMEI, EnumSet.of(Role.STREET_CLERK));
        staff.create("t-reviewer", "林晓燕", "Test@2026", XIMEI, EnumSet.of(Role.TOWNSHIP_REVIEWER));
        staff.create("t-reviewer-b", "许少鹏", "Test@2026", XIMEI, EnumSet.of(Role.TOWNSHIP_REVIEWER));
        staff.create("t-specialist", "黄美玲", "Test@2026", XIMEI_COMMUNITY, EnumSet.of(Role.COMMUNITY_SPECIALIST));
        staff.create("t-clerk2", "李明辉", "Test@2026", LIUCHENG, EnumSet.of(Role.STREET_CLERK));
        staff.create("t-reviewer2", "苏婉清", "Test@2026", LIUCHENG, EnumSet.of(Role.TOWNSHIP_REVIEWER));
        staff.create("t-county", "陈建国", "Test@2026", COUNTY, EnumSet.of(Role.COUNTY_APPROVER));
    }

    /** Runs the work as the given staff member, as if they were logged in. */
    public <T> T as(String username, Supplier<T> work) {
        return currentStaff.runAs(username, work);
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
