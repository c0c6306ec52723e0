package io.jiceng.modules.assistance.payment;

import io.jiceng.modules.assistance.PreciseAssistanceModule;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度确认: for year Y+1, each recipient paid in year Y is confirmed to continue (listed again) or stopped with a
 * reason (death, moved away, other), in which case they leave the payment list of Y+1.
 */
@Service
public class Reconfirmations {

    /** A recipient of the previous year and what was decided for the year (null: not yet). */
    public record Due(Recipient lastYear, Recipient decision) {
    }

    private final RecipientMapper recipients;
    private final CurrentStaff currentStaff;

    public Reconfirmations(RecipientMapper recipients, CurrentStaff currentStaff) {
        this.recipients = recipients;
        this.currentStaff = currentStaff;
    }

    /** Last year's recipients under the division (the user's if null), with this year's decision if made. */
    public List<Due> due(String divisionCode, int year) {
        StaffMember staff = require();
        String scope = staff.searchScope(divisionCode).orElseThrow(() -> new NotFound("division", divisionCode));
        return recipients.ofYear(DivisionScope.likePattern(scope), year - 1).stream().filter(Recipient::paid)
                .map(last -> new Due(last, recipients.find(last.residentId(), last.schemeCode(), year).orElse(null)))
                .toList();
    }

    @Transactional
    public Recipient continueFor(long residentId, String schemeCode, int year) {
        return decide(residentId, schemeCode, year, "CONTINUED", null, null);
    }

    @Transactional
    public Recipient stop(long residentId, String schemeCode, int year, StopReason reason, String note) {
        if (reason == null) {
            throw new InvalidField("reason", "precise-assistance.reconfirm.reason.required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == StopReason.OTHER && text == null) {
            throw new InvalidField("note", "precise-assistance.reconfirm.note.required");
        }
        return decide(residentId, schemeCode, year, Recipient.STOPPED, reason.name(), text);
    }

    private Recipient decide(long residentId, String schemeCode, int year, String status, String reason, String note) {
        StaffMember staff = require();
        Recipient last = recipients.find(residentId, schemeCode, year - 1).filter(Recipient::paid)
                .filter(r -> staff.covers(r.divisionCode()))
                .orElseThrow(() -> new NotFound("recipient", residentId));
        if (recipients.find(residentId, schemeCode, year).isPresent()) {
            throw new Problem("precise-assistance.reconfirm.already", year);
        }
        recipients.insert(residentId, schemeCode, year, last.divisionCode(), last.caseId(), status, reason, note,
                staff.username(), Instant.now());
        return recipients.find(residentId, schemeCode, year).orElseThrow();
    }

    private StaffMember require() {
        StaffMember staff = currentStaff.get();
        if (!staff.has(PreciseAssistanceModule.PAYMENT)) {
            throw new Problem("staff.permission.missing", PreciseAssistanceModule.PAYMENT);
        }
        return staff;
    }
}
