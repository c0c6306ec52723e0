package io.jiceng.platform.module;

import io.jiceng.platform.staff.CurrentStaff;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Every enabled module's indicators (its {@link Indicator} beans) for one division subtree and period, limited to the
 * user's own subtree.
 */
@Service
public class ModuleStatistics {

    /** One indicator's value. */
    public record IndicatorValue(String moduleId, String indicatorId, String labelKey, long value) {
    }

    private final ModuleBeans moduleBeans;
    private final CurrentStaff currentStaff;

    public ModuleStatistics(ModuleBeans moduleBeans, CurrentStaff currentStaff) {
        this.moduleBeans = moduleBeans;
        this.currentStaff = currentStaff;
    }

    /** Empty if the division asked for lies outside the user's subtree. */
    public List<IndicatorValue> report(String divisionCode, LocalDate from, LocalDate to) {
        return currentStaff.get().searchScope(divisionCode)
                .map(scope -> moduleBeans.of(Indicator.class).entrySet().stream()
                        .flatMap(module -> module.getValue().stream().map(indicator -> new IndicatorValue(
                                module.getKey().id(), indicator.id(), indicator.labelKey(), indicator.valueFor(scope, from, to))))
                        .toList())
                .orElse(List.of());
    }
}
