package io.jiceng.platform.casework.internal;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.event.CaseClosed;
import io.jiceng.platform.event.CaseStatusChanged;
import io.jiceng.platform.event.internal.PlatformEvents;
import io.jiceng.platform.problem.NotFound;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Moves a case to a new status: for its process (through {@link CaseLifecycle}) and for a withdrawal. */
@Component
public class CaseStatusChanges {

    private final CaseMapper mapper;
    private final PlatformEvents events;

    public CaseStatusChanges(CaseMapper mapper, PlatformEvents events) {
        this.mapper = mapper;
        this.events = events;
    }

    @Transactional
    public void moveTo(long caseId, CaseStatus status) {
        CaseRecord before = mapper.findById(caseId).orElseThrow(() -> new NotFound("case", caseId));
        Instant now = Instant.now();
        if (mapper.updateStatus(caseId, status, now, status.isFinal() ? now : null) == 0) {
            throw new NotFound("case", caseId);
        }
        if (before.status() == status) {
            return;
        }
        events.publish(new CaseStatusChanged(caseId, before.caseNo(), before.moduleId(), before.caseType(),
                before.divisionCode(), before.status(), status));
        if (status.isFinal()) {
            events.publish(new CaseClosed(caseId, before.caseNo(), before.moduleId(), before.caseType(),
                    before.divisionCode(), status));
        }
    }
}
