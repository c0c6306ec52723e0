package io.jiceng.platform.module;

import io.jiceng.platform.staff.CurrentStaff;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

/** Every enabled module's indicators for one division subtree and period, limited to the user's own subtree. */
@Service
public class ModuleStatistics {

    /** One indicator's value. */
    public record IndicatorValue(String moduleId, String indicatorId, String labelKey, long value) {
    }

    private final ModuleRegistry modules;
    private final ApplicationContext context;
    private final CurrentStaff currentStaff;

    public ModuleStatistics(ModuleRegistry modules, ApplicationContext context, CurrentStaff currentStaff) {
        this.modules = modules;
        this.context = context;
        this.currentStaff = currentStaff;
    }

    /** Empty if the division asked for lies outside the user's subtree. */
    public List<IndicatorValue> report(String divisionCode, LocalDate from, LocalDate to) {
        return currentStaff.get().searchScope(divisionCode)
                .map(scope -> modules.enabled().stream().flatMap(module -> module.indicators().stream()
                        .map(type -> context.getBean(type))
                        .map(indicator -> new IndicatorValue(module.id(), indicator.id(), indicator.labelKey(),
                                indicator.valueFor(scope, from, to))))
                        .toList())
                .orElse(List.of());
    }
}
