package io.jiceng.platform.workitem;

import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.staff.StaffMember;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** What an inbox lists for a user: their own tasks or those offered to their roles, in their subtree, filtered. */
record InboxCriteria(String scopePattern, String assignee, List<String> groups, WorkItemFilter filter, Date dueBefore,
                     String text) {

    /** Empty if the user can have no such tasks (no role to be offered any). */
    static Optional<InboxCriteria> of(StaffMember staff, WorkItemFilter filter) {
        boolean mine = filter.scope() == WorkItemScope.MINE;
        if (!mine && staff.candidateGroups().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InboxCriteria(DivisionScope.likePattern(staff.divisionCode()),
                mine ? staff.username() : null, List.copyOf(staff.candidateGroups()), filter,
                filter.overdueOnly() ? new Date() : null, filter.textPattern()));
    }
}
