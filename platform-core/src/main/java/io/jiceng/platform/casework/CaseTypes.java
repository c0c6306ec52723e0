package io.jiceng.platform.casework;

import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.module.ModuleRegistry;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every case type the enabled modules declared; a disabled module's cases stay readable but none can start. */
@Component
public class CaseTypes {

    private final List<CaseType> types;

    public CaseTypes(ModuleRegistry modules) {
        this.types = modules.enabled().stream().flatMap(module -> module.caseTypes().stream()).toList();
    }

    public List<CaseType> all() {
        return types;
    }

    public Optional<CaseType> find(String moduleId, String code) {
        return types.stream().filter(t -> t.moduleId().equals(moduleId) && t.code().equals(code)).findFirst();
    }

    public CaseType get(String moduleId, String code) {
        return find(moduleId, code).orElseThrow(() -> new Problem("case-type.unknown", moduleId, code));
    }
}
