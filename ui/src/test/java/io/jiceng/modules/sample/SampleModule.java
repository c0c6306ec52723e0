package io.jiceng.modules.sample;

import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.module.ModuleName;
import io.jiceng.platform.module.ModuleView;
import io.jiceng.platform.module.ServiceModule;
import io.jiceng.platform.staff.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module installed only in the UI tests: one screen, guarded by a permission that street clerks hold, and one
 * case type that goes through a township review and the public notice.
 */
public class SampleModule implements ServiceModule {

    public static final String USE = "SAMPLE_USE";

    @Override
    public String id() {
        return "sample";
    }

    @Override
    public ModuleName name() {
        return new ModuleName("样例模块", "Sample module");
    }

    @Override
    public String requiredCoreVersion() {
        return "0.1";
    }

    @Override
    public Class<?> configuration() {
        return SampleConfiguration.class;
    }

    @Override
    public List<CaseType> caseTypes() {
        return List.of(new CaseType(id(), "noticed", "SN", "sample-noticed"));
    }

    @Override
    public List<String> bpmnResources() {
        return List.of("bpmn/sample/sample-noticed.bpmn");
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("sample", SampleView.class, "sample.menu", "clipboard-check", 100, USE));
    }

    @Override
    public Map<String, Set<Role>> permissions() {
        return Map.of(USE, Set.of(Role.STREET_CLERK));
    }
}
