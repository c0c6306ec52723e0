package io.jiceng.platform.screen;

import com.vaadin.flow.component.Component;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.review.ReviewLevels;
import java.util.Optional;

/**
 * A process step's name in the user's language: a level of the shared multi-level review by its level
 * ({@code review.level.<division level>}: 村级审核, not the caller's 村、乡、县三级审核 under the same element id), then
 * {@code step.<module>.<case type>.<BPMN element id>} in the bundles, then {@code step.shared.<BPMN element id>} for
 * the steps of the shared building blocks (public notice), or the name the diagram gives it when the bundles have none.
 */
public final class StepNames {

    private StepNames() {
    }

    public static String of(Component component, CaseRecord record, String stepKey, String nameInDiagram) {
        Optional<ReviewLevels.Level> level = ReviewLevels.named(nameInDiagram);
        if (level.isPresent()) {
            return component.getTranslation("review.level." + level.get().divisionLevel().name());
        }
        return Texts.orElse(component, "step." + record.moduleId() + "." + record.caseType() + "." + stepKey,
                Texts.orElse(component, "step.shared." + stepKey, nameInDiagram));
    }
}
