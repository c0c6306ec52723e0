package io.jiceng.platform.staff.internal;

import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.division.DivisionService;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is, where they work, what they may do. */
@RestController
class MeController {

    record Me(String username, String displayName, String divisionCode, String divisionName, Set<Role> roles,
              Set<String> candidateGroups) {
    }

    private final CurrentStaff currentStaff;
    private final DivisionService divisions;

    MeController(CurrentStaff currentStaff, DivisionService divisions) {
        this.currentStaff = currentStaff;
        this.divisions = divisions;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        StaffMember me = currentStaff.get();
        return new Me(me.username(), me.displayName(), me.divisionCode(), divisions.fullName(me.divisionCode()),
                me.roles(), me.candidateGroups());
    }
}
