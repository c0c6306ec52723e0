package io.jiceng.platform.module;

import com.vaadin.flow.component.Component;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.workitem.WorkItem;

/**
 * What a case type shows on the platform's case page besides the common parts: its own data, and the form for a
 * step where the applicant revises and resubmits. Each case type contributes one Spring bean (a module's among its
 * own beans); the page asks them in turn and takes the first that handles the case. This is the one Vaadin type in
 * the core's API, so a module's screens can add to the core's page without depending on the application.
 */
public interface CaseDetails {

    boolean handles(CaseRecord record);

    Component details(CaseRecord record, boolean identityRevealed);

    /** The form for a revise-and-resubmit step, or null if the common decision form is enough. */
    default Component reviseForm(CaseRecord record, WorkItem item, Runnable done) {
        return null;
    }
}
