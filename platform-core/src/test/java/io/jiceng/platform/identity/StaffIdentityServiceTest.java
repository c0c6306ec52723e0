package io.jiceng.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Camunda's identity service sees the platform's staff as users and their candidate groups as groups. */
@SpringBootTest
class StaffIdentityServiceTest {

    @Autowired StaffFixture fixture;
    @Autowired StaffService staff;
    @Autowired IdentityService identity;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    @BeforeEach
    void divisionsAndStaff() {
        fixture.ensure();
    }

    @Test
    void theUsersAreTheStaffWithTheirNamesSplitIntoFamilyAndGivenName() {
        User clerk = identity.createUserQuery().userId("t-clerk").singleResult();

        assertThat(clerk.getLastName()).isEqualTo("王");
        assertThat(clerk.getFirstName()).isEqualTo("丽华");
        assertThat(identity.createUserQuery().list()).extracting(User::getId)
                .contains("t-clerk", "t-reviewer", "t-specialist", "t-county");
        assertThat(identity.createUserQuery().count()).isEqualTo(staff.enabledMembers().size());
        assertThat(identity.createUserQuery().userLastName("林").list()).extracting(User::getId).contains("t-reviewer")
                .doesNotContain("t-clerk");
        assertThat(identity.createUserQuery().userFirstNameLike("%晓%").list()).extracting(User::getId).contains("t-reviewer")
                .doesNotContain("t-clerk");
        assertThat(identity.createUserQuery().userIdIn("t-clerk", "t-clerk2", "nobody").list()).extracting(User::getId)
                .containsExactly("t-clerk", "t-clerk2");
        assertThat(identity.createUserQuery().userId("nobody").singleResult()).isNull();
        assertThat(identity.createUserQuery().userEmail("t-clerk@example.org").count()).isZero();
    }

    @Test
    void aUsersGroupsAreTheirRolesAtTheirDivision() {
        List<Group> groups = identity.createGroupQuery().groupMember("t-reviewer").list();

        assertThat(groups).extracting(Group::getId).containsExactly("TOWNSHIP_REVIEWER@350583001");
        assertThat(groups.get(0).getType()).isEqualTo("WORKFLOW");
        assertThat(groups.get(0).getName()).contains("溪美街道");
        assertThat(identity.createGroupQuery().groupId("STREET_CLERK@350583002").singleResult()).isNotNull();
        assertThat(identity.createGroupQuery().groupNameLike("%溪美%").list()).extracting(Group::getId)
                .contains("TOWNSHIP_REVIEWER@350583001", "STREET_CLERK@350583001")
                .doesNotContain("STREET_CLERK@350583002");
        assertThat(identity.createGroupQuery().groupType("WORKFLOW").list()).extracting(Group::getId)
                .contains("COUNTY_APPROVER@350583", "COMMUNITY_SPECIALIST@350583001001");
    }

    @Test
    void aGroupsMembersAreThePeopleWithThatRoleAtThatDivision() {
        assertThat(identity.createUserQuery().memberOfGroup("TOWNSHIP_REVIEWER@350583001").list()).extracting(User::getId)
                .contains("t-reviewer", "t-reviewer-b")
                .doesNotContain("t-reviewer2", "t-clerk", "t-county");
    }

    @Test
    void aTasksCandidateGroupResolvesToThePeopleWhoMayTakeIt() {
        repository.createDeployment().addModelInstance("identity-review.bpmn", Bpmn.createExecutableProcess("identity-review")
                .camundaHistoryTimeToLive(1).startEvent()
                .userTask("review").camundaCandidateGroups("TOWNSHIP_REVIEWER@${divisionCode.substring(0, 9)}")
                .endEvent().done()).deploy();
        String instance = runtime.startProcessInstanceByKey("identity-review", Map.of("divisionCode", StaffFixture.XIMEI_COMMUNITY))
                .getId();
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

        String group = tasks.getIdentityLinksForTask(task).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).findFirst().orElseThrow();
        assertThat(identity.createUserQuery().memberOfGroup(group).list()).extracting(User::getId)
                .contains("t-reviewer", "t-reviewer-b").doesNotContain("t-reviewer2");
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskCandidateUser("t-reviewer").count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskCandidateUser("t-reviewer2").count()).isZero();
        runtime.deleteProcessInstance(instance, "test over");
    }

    @Test
    void usersAndGroupsComeInPagesInTheOrderAskedFor() {
        List<String> all = identity.createUserQuery().orderByUserId().asc().list().stream().map(User::getId).toList();

        List<String> firstPage = identity.createUserQuery().orderByUserId().asc().listPage(0, 2).stream().map(User::getId).toList();
        List<String> secondPage = identity.createUserQuery().orderByUserId().asc().listPage(2, 2).stream().map(User::getId).toList();
        assertThat(all).isSorted().hasSizeGreaterThan(4);
        assertThat(firstPage).isEqualTo(all.subList(0, 2));
        assertThat(secondPage).isEqualTo(all.subList(2, 4));
        assertThat(identity.createUserQuery().orderByUserId().desc().listPage(0, 1)).extracting(User::getId)
                .containsExactly(all.get(all.size() - 1));
        assertThat(identity.createUserQuery().listPage(all.size(), 10)).isEmpty();

        List<String> groups = identity.createGroupQuery().orderByGroupId().desc().list().stream().map(Group::getId).toList();
        assertThat(groups).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(identity.createGroupQuery().orderByGroupId().desc().listPage(1, 1)).extracting(Group::getId)
                .containsExactly(groups.get(1));
    }

    @Test
    void theIdentityServiceIsReadOnly() {
        assertThat(identity.isReadOnly()).isTrue();
        assertThatThrownBy(() -> identity.newUser("intruder")).hasMessageContaining("read-only");
        assertThatThrownBy(() -> identity.newGroup("intruders")).hasMessageContaining("read-only");
        assertThatThrownBy(() -> identity.createMembership("t-clerk", "camunda-admin")).hasMessageContaining("read-only");
        assertThatThrownBy(() -> identity.deleteUser("t-clerk")).hasMessageContaining("read-only");
        assertThat(identity.createUserQuery().userId("t-clerk").count()).isEqualTo(1);
    }

    @Test
    void passwordsAreCheckedLikeALocalLoginAndNobodyFromKeycloakHasOne() {
        staff.admitFromIdentityProvider("idp-grid", "郑志强", StaffFixture.XIMEI_COMMUNITY, EnumSet.of(Role.GRID_WORKER));

        assertThat(identity.checkPassword("t-clerk", "Wrong@2026")).isFalse();
        assertThat(identity.checkPassword("t-clerk", "Test@2026")).isTrue();
        assertThat(identity.checkPassword("idp-grid", "")).isFalse();
        assertThat(identity.checkPassword("nobody", "Test@2026")).isFalse();
        assertThat(identity.createUserQuery().userId("idp-grid").singleResult().getLastName()).isEqualTo("郑");
    }
}
