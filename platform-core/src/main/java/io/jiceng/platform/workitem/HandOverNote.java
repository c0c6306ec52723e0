package io.jiceng.platform.workitem;

import io.jiceng.platform.staff.StaffMember;
import java.util.Collection;
import java.util.stream.Collectors;

/** The timeline's note of an action towards colleagues: "→ 许少鹏：请核实号码". */
final class HandOverNote {

    private HandOverNote() {
    }

    static String of(StaffMember colleague, String opinion) {
        return of(java.util.List.of(colleague), opinion);
    }

    static String of(Collection<StaffMember> colleagues, String opinion) {
        String note = "→ " + colleagues.stream().map(StaffMember::displayName).collect(Collectors.joining("、"));
        return opinion == null || opinion.isBlank() ? note : note + "：" + opinion.strip();
    }
}
