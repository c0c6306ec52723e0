package io.jiceng.platform.casework.internal;

import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.problem.NotFound;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Moves a case to a new status: for its process (through {@link CaseLifecycle}) and for a withdrawal. */
@Component
public class CaseStatusChanges {

    private final CaseMapper mapper;

    public CaseStatusChanges(CaseMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    public void moveTo(long caseId, CaseStatus status) {
        Instant now = Instant.now();
        if (mapper.updateStatus(caseId, status, now, status.isFinal() ? now : null) == 0) {
            throw new NotFound("case", caseId);
        }
    }
}
