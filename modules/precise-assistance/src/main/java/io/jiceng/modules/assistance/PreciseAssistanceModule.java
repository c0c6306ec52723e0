package io.jiceng.modules.assistance;

import io.jiceng.modules.assistance.award.AwardView;
import io.jiceng.modules.assistance.family.FamilyCase;
import io.jiceng.modules.assistance.family.FamilyView;
import io.jiceng.modules.assistance.project.ProjectService;
import io.jiceng.modules.assistance.project.ProjectsView;
import io.jiceng.modules.assistance.payment.PaymentListView;
import io.jiceng.modules.assistance.payment.ReconfirmationView;
import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.module.ModuleName;
import io.jiceng.platform.module.ModuleView;
import io.jiceng.platform.module.ServiceModule;
import io.jiceng.platform.staff.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 精准帮扶 (Precise assistance): everything the platform needs to know about this module, in one place.
 * Listed in META-INF/services/io.jiceng.platform.module.ServiceModule; switched off with
 * platform.modules.precise-assistance.enabled=false. Lists hold one entry per line, so that case types added
 * side by side merge cleanly.
 */
public class PreciseAssistanceModule implements ServiceModule {

    public static final String ID = "precise-assistance";
    /** 奖励扶助资格确认: award/support qualification verification. */
    public static final String AWARD = "award";
    public static final String AWARD_PROCESS = "award-verification";
    public static final CaseType AWARD_TYPE = new CaseType(ID, AWARD, "JL", AWARD_PROCESS);
    public static final String AWARD_BPMN = "bpmn/precise-assistance/award-verification.bpmn";
    /** The public notice the confirmed applicants wait for (公示 of 奖励扶助对象). */
    public static final String AWARD_NOTICE = ID + "/" + AWARD;
    /** Apply for a scheme and follow the applications. */
    public static final String USE = "PRECISE_ASSISTANCE_USE";
    /** See and export payment lists, reconcile them, re-confirm last year's recipients. */
    public static final String PAYMENT = "PRECISE_ASSISTANCE_PAYMENT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModuleName name() {
        return new ModuleName("精准帮扶", "Precise assistance");
    }

    @Override
    public String requiredCoreVersion() {
        return "0.1";
    }

    @Override
    public Class<?> configuration() {
        return PreciseAssistanceConfiguration.class;
    }

    @Override
    public List<CaseType> caseTypes() {
        return List.of(
                AWARD_TYPE,
                FamilyCase.TYPE
        );
    }

    @Override
    public List<String> bpmnResources() {
        return List.of(
                AWARD_BPMN,
                FamilyCase.BPMN
        );
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/precise-assistance";
    }

    @Override
    public List<ModuleView> views() {
        return List.of(
                new ModuleView("precise-assistance/award", AwardView.class, "precise-assistance.award.menu", "clipboard-check", 100, USE),
                new ModuleView("precise-assistance/payment-list", PaymentListView.class, "precise-assistance.payment.menu", "money", 101, PAYMENT),
                new ModuleView("precise-assistance/reconfirmation", ReconfirmationView.class, "precise-assistance.reconfirm.menu", "calendar-user", 102, PAYMENT),
                new ModuleView("precise-assistance/family", FamilyView.class, "precise-assistance.family.menu", "family", 103, FamilyCase.USE),
                new ModuleView("precise-assistance/projects", ProjectsView.class, "precise-assistance.project.menu", "piggy-bank-coin", 104, ProjectService.DISBURSE)
        );
    }

    @Override
    public Map<String, Set<Role>> permissions() {
        return Map.of(
                USE, Set.of(Role.STREET_CLERK, Role.COMMUNITY_SPECIALIST, Role.TOWNSHIP_REVIEWER, Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN),
                PAYMENT, Set.of(Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN),
                FamilyCase.USE, Set.of(Role.COMMUNITY_SPECIALIST, Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN),
                ProjectService.DISBURSE, Set.of(Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN),
                ProjectService.BUDGET, Set.of(Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN)
        );
    }
}
