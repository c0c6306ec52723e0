package io.jiceng.platform.identity;

import io.jiceng.platform.division.Division;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.login.LocalLogin;
import io.jiceng.platform.staff.Permission;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.staff.StaffService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The platform's staff as Camunda's identity service sees them. Users are the enabled staff members; groups are
 * the workflow candidate groups people hold ({@code TOWNSHIP_REVIEWER@350583001}: a role at a division, see
 * {@link Role#groupAt}), plus {@code camunda-admin} for those who administer processes (the group the webapps'
 * login gives them). Staff are few (hundreds per county), so a query reads them all and filters here.
 */
@Component
class StaffDirectory {

    static final String WORKFLOW = Groups.GROUP_TYPE_WORKFLOW;

    private final StaffService staff;
    private final DivisionService divisions;
    private final LocalLogin localLogin;
    private final MessageSource messages;
    private final boolean localPasswords;

    StaffDirectory(StaffService staff, DivisionService divisions, LocalLogin localLogin, MessageSource messages,
                   @Value("${platform.identity.local-passwords:true}") boolean localPasswords) {
        this.staff = staff;
        this.divisions = divisions;
        this.localLogin = localLogin;
        this.messages = messages;
        this.localPasswords = localPasswords;
    }

    /** A user of the identity service and the groups they belong to. */
    record Person(String id, PersonName name, Set<String> groupIds) {
    }

    /** A group of the identity service and who belongs to it. */
    record Team(String id, String name, String type, Set<String> memberIds) {
    }

    List<Person> people() {
        return staff.enabledMembers().stream().map(StaffDirectory::person).toList();
    }

    Optional<Person> person(String username) {
        return staff.find(username).filter(StaffMember::enabled).map(StaffDirectory::person);
    }

    private static Person person(StaffMember member) {
        return new Person(member.username(), PersonName.of(member.displayName()), groupIdsOf(member));
    }

    private static Set<String> groupIdsOf(StaffMember member) {
        Set<String> groups = new TreeSet<>(member.candidateGroups());
        if (member.has(Permission.PROCESS_ADMIN)) {
            groups.add(Groups.CAMUNDA_ADMIN);
        }
        return groups;
    }

    /** Every group someone belongs to, by id. */
    List<Team> teams() {
        Map<String, Set<String>> members = new TreeMap<>();
        for (StaffMember member : staff.enabledMembers()) {
            groupIdsOf(member).forEach(group -> members.computeIfAbsent(group, id -> new LinkedHashSet<>()).add(member.username()));
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> divisionNames = new HashMap<>();
        List<Team> teams = new ArrayList<>();
        members.forEach((id, memberIds) -> teams.add(Groups.CAMUNDA_ADMIN.equals(id)
                ? new Team(id, messages.getMessage("identity.group.process-admins", null, id, locale), Groups.GROUP_TYPE_SYSTEM, memberIds)
                : new Team(id, workflowGroupName(id, locale, divisionNames), WORKFLOW, memberIds)));
        return teams;
    }

    /** 乡镇（街道）审核人 · 溪美街道: the role's name and the division's. */
    private String workflowGroupName(String groupId, Locale locale, Map<String, String> divisionNames) {
        int at = groupId.indexOf('@');
        String role = groupId.substring(0, at);
        String division = divisionNames.computeIfAbsent(groupId.substring(at + 1),
                code -> divisions.find(code).map(Division::name).orElse(code));
        return messages.getMessage("role." + role, null, role, locale) + " · " + division;
    }

    /**
     * A local account's password, through the same check as the login page (lockout included). Under single
     * sign-on nobody has a password here.
     */
    boolean checkPassword(String username, String password) {
        if (!localPasswords || username == null || username.isBlank() || password == null || password.isEmpty()) {
            return false;
        }
        try {
            return localLogin.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)).isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        }
    }
}
