package io.jiceng.modules.assistance;

import io.jiceng.modules.assistance.family.FamilyCase;
import io.jiceng.modules.assistance.family.FamilyIndicators;
import io.jiceng.modules.assistance.family.FamilyView;
import io.jiceng.modules.assistance.project.FundsDisbursed;
import io.jiceng.modules.assistance.project.ProjectService;
import io.jiceng.modules.assistance.project.ProjectsView;
import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.module.Indicator;
import io.jiceng.platform.module.ModuleDemoData;
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
 * platform.modules.precise-assistance.enabled=false.
 */
public class AwardModule implements ServiceModule {

    public static final String ID = "precise-assistance";
    public static final String CASE_TYPE = "award";
    public static final String PROCESS_KEY = "precise-assistance-award";
    /** Who may use the module's screen; held by default by the roles named in {@link #permissions()}. */
    public static final String USE = "PRECISE_ASSISTANCE_USE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModuleName name() {
        return new ModuleName("精准帮扶", "Precise assistance");
    }

    @Override
    public String version() {
        return "0.1.0-SNAPSHOT";
    }

    @Override
    public String requiredCoreVersion() {
        return "0.1";
    }

    @Override
    public Class<?> configuration() {
        return AwardConfiguration.class;
    }

    @Override
    public List<CaseType> caseTypes() {
        return List.of(
                new CaseType(ID, CASE_TYPE, "JL", PROCESS_KEY),
                new CaseType(ID, FamilyCase.CASE_TYPE, FamilyCase.NUMBER_PREFIX, FamilyCase.PROCESS_KEY));
    }

    @Override
    public List<String> bpmnResources() {
        return List.of(
                "bpmn/precise-assistance/precise-assistance.bpmn",
                FamilyCase.BPMN);
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/precise-assistance";
    }

    @Override
    public List<ModuleView> views() {
        return List.of(
                new ModuleView("precise-assistance", AwardView.class, "precise-assistance.menu", "clipboard-check", 100, USE),
                new ModuleView("precise-assistance/family", FamilyView.class, "precise-assistance.family.menu", "family", 101, FamilyCase.USE),
                new ModuleView("precise-assistance/projects", ProjectsView.class, "precise-assistance.project.menu", "piggy-bank-coin", 102, ProjectService.DISBURSE));
    }

    @Override
    public List<Class<? extends Indicator>> indicators() {
        return List.of(
                AwardIndicators.Opened.class,
                FamilyIndicators.HouseholdsHelped.class,
                FamilyIndicators.VisitsDone.class,
                FamilyIndicators.VisitsPlanned.class,
                FundsDisbursed.class);
    }

    @Override
    public Class<? extends ModuleDemoData> demoData() {
        return AssistanceDemoData.class;
    }

    @Override
    public Map<String, Set<Role>> permissions() {
        return Map.of(
                USE, Set.of(Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN),
                FamilyCase.USE, Set.of(Role.COMMUNITY_SPECIALIST, Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN),
                ProjectService.DISBURSE, Set.of(Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN),
                ProjectService.BUDGET, Set.of(Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN));
    }
}
