package ${package};

import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.module.ModuleName;
import io.jiceng.platform.module.ModuleView;
import io.jiceng.platform.module.ServiceModule;
import io.jiceng.platform.staff.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ${moduleNameZh} (${moduleNameEn}): everything the platform needs to know about this module, in one place.
 * Listed in META-INF/services/io.jiceng.platform.module.ServiceModule; switched off with
 * platform.modules.${moduleId}.enabled=false. Its version is the pom's, written by the build into
 * META-INF/jiceng-module/${moduleId}.properties; its intake, indicators and demo data are beans of
 * {@link ${classPrefix}Configuration}, not listed here.
 */
public class ${classPrefix}Module implements ServiceModule {

    public static final String ID = "${moduleId}";
    public static final String CASE_TYPE = "${caseType}";
    public static final String PROCESS_KEY = "${moduleId}-${caseType}";
    public static final CaseType TYPE = new CaseType(ID, CASE_TYPE, "${casePrefix}", PROCESS_KEY);
    public static final String BPMN = "bpmn/${moduleId}/${moduleId}.bpmn";
    /** Who may use the module's screen; held by default by the roles named in {@link #permissions()}. */
    public static final String USE = "${tablePrefix.toUpperCase()}_USE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModuleName name() {
        return new ModuleName("${moduleNameZh}", "${moduleNameEn}");
    }

    @Override
    public String requiredCoreVersion() {
        return "${coreVersion.substring(0, $coreVersion.lastIndexOf('.'))}";
    }

    @Override
    public Class<?> configuration() {
        return ${classPrefix}Configuration.class;
    }

    @Override
    public List<CaseType> caseTypes() {
        return List.of(TYPE);
    }

    @Override
    public List<String> bpmnResources() {
        return List.of(BPMN);
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/${moduleId}";
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("${moduleId}", ${classPrefix}View.class, "${moduleId}.menu", "clipboard-check", 100, USE));
    }

    @Override
    public Map<String, Set<Role>> permissions() {
        return Map.of(USE, Set.of(Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_APPROVER, Role.PLATFORM_ADMIN));
    }
}
