package io.jiceng.platform.casework;

import io.jiceng.platform.problem.Problem;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every case type the installed modules declared. */
@Component
public class CaseTypes {

    private final List<CaseType> types;

    public CaseTypes(List<CaseType> types) {
        this.types = List.copyOf(types);
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
