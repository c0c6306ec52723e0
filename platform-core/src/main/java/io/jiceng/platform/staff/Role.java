package io.jiceng.platform.staff;

import io.jiceng.platform.division.DivisionLevel;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member does, and at which level of the division tree the role normally sits.
 * Workflow candidate groups name a role at a division: {@code TOWNSHIP_REVIEWER@350583001}.
 */
public enum Role {
    GRID_WORKER(DivisionLevel.GRID),
    COMMUNITY_SPECIALIST(DivisionLevel.VILLAGE),
    STREET_CLERK(DivisionLevel.TOWNSHIP),
    TOWNSHIP_REVIEWER(DivisionLevel.TOWNSHIP),
    COUNTY_APPROVER(DivisionLevel.COUNTY),
    MODULE_ADMIN(DivisionLevel.COUNTY),
    PLATFORM_ADMIN(DivisionLevel.COUNTY);

    private final DivisionLevel usualLevel;

    Role(DivisionLevel usualLevel) {
        this.usualLevel = usualLevel;
    }

    public DivisionLevel usualLevel() {
        return usualLevel;
    }

    /** The permissions each role holds by default. */
    public Set<Permission> permissions() {
        return switch (this) {
            case GRID_WORKER -> EnumSet.of(Permission.RESIDENT_EDIT);
            // the village's specialist files the applications the village collects (e.g. 奖励扶助)
            case COMMUNITY_SPECIALIST -> EnumSet.of(Permission.RESIDENT_EDIT, Permission.CASE_START);
            case STREET_CLERK -> EnumSet.of(Permission.RESIDENT_EDIT, Permission.IDENTITY_FULL_VIEW, Permission.CASE_START,
                    Permission.NOTICE_PUBLISH);
            case TOWNSHIP_REVIEWER, COUNTY_APPROVER -> EnumSet.of(Permission.IDENTITY_FULL_VIEW, Permission.NOTICE_PUBLISH);
            case MODULE_ADMIN -> EnumSet.of(Permission.PROCESS_ADMIN);
            case PLATFORM_ADMIN -> EnumSet.allOf(Permission.class);
        };
    }

    /** The candidate group of this role at one division. */
    public String groupAt(String divisionCode) {
        return name() + "@" + divisionCode;
    }
}
