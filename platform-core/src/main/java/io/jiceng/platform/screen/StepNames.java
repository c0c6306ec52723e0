package io.jiceng.platform.screen;

import com.vaadin.flow.component.Component;
import io.jiceng.platform.casework.CaseRecord;

/**
 * A process step's name in the user's language: {@code step.<module>.<case type>.<BPMN element id>} in the
 * bundles, then {@code step.shared.<BPMN element id>} for the steps of the shared building blocks (public notice),
 * or the name the diagram gives it when the bundles have none.
 */
public final class StepNames {

    private StepNames() {
    }

    public static String of(Component component, CaseRecord record, String stepKey, String nameInDiagram) {
        return Texts.orElse(component, "step." + record.moduleId() + "." + record.caseType() + "." + stepKey,
                Texts.orElse(component, "step.shared." + stepKey, nameInDiagram));
    }
}
