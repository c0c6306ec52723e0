package io.jiceng.platform;

import io.jiceng.platform.division.Division;
import io.jiceng.platform.division.DivisionImporter;
import io.jiceng.platform.division.DivisionLevel;
import io.jiceng.platform.division.internal.DivisionMapper;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.staff.CurrentStaff;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Nan'an's divisions and a few staff members at two neighbouring streets, created once per test context; and fresh
 * streets of their own for tests that count what is in a street, since all tests of this module share one database.
 */
@Component
public class StaffFixture {

    public static final String COUNTY = "350583";
    public static final String XIMEI = "350583001";
    public static final String XIMEI_COMMUNITY = "350583001001";
    public static final String LIUCHENG = "350583002";
    public static final String LIUCHENG_COMMUNITY = "350583002001";

    private static final String TEST_COUNTY = "359901";
    private static final AtomicInteger STREETS = new AtomicInteger(101);

    private final DivisionImporter divisions;
    private final DivisionMapper divisionRows;
    private final StaffService staff;
    private final CurrentStaff currentStaff;

    public StaffFixture(DivisionImporter divisions, DivisionMapper divisionRows, StaffService staff, CurrentStaff currentStaff) {
        this.divisions = divisions;
        this.divisionRows = divisionRows;
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

    /**
     * A street that no other test uses, with one community, a clerk, a reviewer and a specialist. It lies in a
     * county of its own (测试县, a code the national tree leaves free), so that Nan'an's figures stay as imported.
     */
    public synchronized Street freshStreet() {
        ensure();
        if (divisionRows.findByCode(TEST_COUNTY).isEmpty()) {
            divisionRows.insertAll(List.of(
                    new Division("3599", "测试市", "福建省测试市", "35", DivisionLevel.PREFECTURE),
                    new Division(TEST_COUNTY, "测试县", "福建省测试市测试县", "3599", DivisionLevel.COUNTY)));
        }
        String number = String.valueOf(STREETS.getAndIncrement());
        String code = TEST_COUNTY + number;
        String name = "测试街道" + number;
        Street street = new Street(code, code + "001", "t" + number + "-clerk", "t" + number + "-reviewer",
                "t" + number + "-specialist");
        divisionRows.insertAll(List.of(
                new Division(code, name, "福建省测试市测试县" + name, TEST_COUNTY, DivisionLevel.TOWNSHIP),
                new Division(street.community(), "测试社区", "福建省测试市测试县" + name + "测试社区", code, DivisionLevel.VILLAGE)));
        staff.create(street.clerk(), "王丽华", "Test@2026", code, EnumSet.of(Role.STREET_CLERK));
        staff.create(street.reviewer(), "林晓燕", "Test@2026", code, EnumSet.of(Role.TOWNSHIP_REVIEWER));
        staff.create(street.specialist(), "黄美玲", "Test@2026", street.community(), EnumSet.of(Role.COMMUNITY_SPECIALIST));
        return street;
    }

    public record Street(String code, String community, String clerk, String reviewer, String specialist) {
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
