package io.jiceng.modules.assistance.award;

import io.jiceng.modules.assistance.payment.RecipientMapper;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called from the end events of award-verification ({@code ${awardOutcomes.record(execution, 'CONFIRMED')}}): keeps
 * the application's outcome, and puts a confirmed applicant on the recipients of the confirmation year.
 */
@Component("awardOutcomes")
public class AwardOutcomes {

    private final AwardMapper mapper;
    private final RecipientMapper recipients;

    public AwardOutcomes(AwardMapper mapper, RecipientMapper recipients) {
        this.mapper = mapper;
        this.recipients = recipients;
    }

    public void record(DelegateExecution execution, String outcome) {
        long caseId = ((Number) execution.getVariable("caseId")).longValue();
        Instant now = Instant.now();
        mapper.recordOutcome(caseId, Outcome.valueOf(outcome), now);
        if (Outcome.valueOf(outcome) == Outcome.CONFIRMED) {
            mapper.findByCase(caseId).ifPresent(application -> {
                if (recipients.find(application.residentId(), application.schemeCode(), application.confirmYear()).isEmpty()) {
                    recipients.insert(application.residentId(), application.schemeCode(), application.confirmYear(),
                            application.divisionCode(), caseId, "CONFIRMED", null, null, null, now);
                }
            });
        }
    }
}
