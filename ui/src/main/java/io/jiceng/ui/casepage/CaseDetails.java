package io.jiceng.ui.casepage;

import com.vaadin.flow.component.Component;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.workitem.WorkItem;

/**
 * What a case type shows on the case page besides the common parts: its own data, and the form for a step
 * where the applicant revises and resubmits. Each case type contributes one bean.
 */
public interface CaseDetails {

    boolean handles(CaseRecord record);

    Component details(CaseRecord record, boolean identityRevealed);

    /** The form for a revise-and-resubmit step, or null if the common decision form is enough. */
    default Component reviseForm(CaseRecord record, WorkItem item, Runnable done) {
        return null;
    }
}
