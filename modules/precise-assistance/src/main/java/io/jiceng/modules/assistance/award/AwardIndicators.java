package io.jiceng.modules.assistance.award;

import io.jiceng.modules.assistance.payment.RecipientMapper;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.module.Indicator;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The award verification's statistics per division and period (Beijing dates). People paid and amounts count the
 * payment years that the period touches.
 */
public final class AwardIndicators {

    private AwardIndicators() {
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(AwardService.BEIJING).toInstant();
    }

    /** Applications opened in the period. */
    @Component
    @Order(1)
    public static class Applications implements Indicator {
        private final AwardMapper mapper;

        Applications(AwardMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public String id() {
            return "award-applications";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.applications";
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return mapper.countOpened(DivisionScope.likePattern(divisionCode), start(from), start(to));
        }
    }

    /**
     * Base of the indicators counting applications that ended in the period with given outcomes; optionally only
     * those that were submitted despite a failing eligibility rule (true) or only those that passed every rule (false).
     */
    abstract static class Decided implements Indicator {
        private final AwardMapper mapper;
        private final List<String> outcomes;
        private final Boolean ruleFailed;

        Decided(AwardMapper mapper, Outcome... outcomes) {
            this(mapper, null, outcomes);
        }

        Decided(AwardMapper mapper, Boolean ruleFailed, Outcome... outcomes) {
            this.mapper = mapper;
            this.ruleFailed = ruleFailed;
            this.outcomes = java.util.Arrays.stream(outcomes).map(Enum::name).toList();
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return mapper.countDecided(DivisionScope.likePattern(divisionCode), start(from), start(to), outcomes, ruleFailed);
        }
    }

    @Component
    @Order(2)
    public static class Confirmed extends Decided {
        Confirmed(AwardMapper mapper) {
            super(mapper, Outcome.CONFIRMED);
        }

        @Override
        public String id() {
            return "award-confirmed";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.confirmed";
        }
    }

    /** Rejected in review, or removed from the notice by an upheld objection. */
    @Component
    @Order(3)
    public static class Rejected extends Decided {
        Rejected(AwardMapper mapper) {
            super(mapper, Outcome.REJECTED, Outcome.REMOVED);
        }

        @Override
        public String id() {
            return "award-rejected";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.rejected";
        }
    }

    /** Rejected by a reviewer after being submitted despite a failing eligibility rule (with an override reason). */
    @Component
    @Order(4)
    public static class RejectedIneligible extends Decided {
        RejectedIneligible(AwardMapper mapper) {
            super(mapper, true, Outcome.REJECTED);
        }

        @Override
        public String id() {
            return "award-rejected-ineligible";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.rejected-ineligible";
        }
    }

    /** Rejected by a reviewer although every eligibility rule passed (facts found untrue, other reasons in the opinion). */
    @Component
    @Order(5)
    public static class RejectedInReview extends Decided {
        RejectedInReview(AwardMapper mapper) {
            super(mapper, false, Outcome.REJECTED);
        }

        @Override
        public String id() {
            return "award-rejected-in-review";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.rejected-in-review";
        }
    }

    /** Removed from the notice by an upheld objection (the third reason an application is not confirmed). */
    @Component
    @Order(6)
    public static class ObjectionsUpheld extends Decided {
        ObjectionsUpheld(AwardMapper mapper) {
            super(mapper, Outcome.REMOVED);
        }

        @Override
        public String id() {
            return "award-objections-upheld";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.objections-upheld";
        }
    }

    @Component
    @Order(7)
    public static class PeoplePaid implements Indicator {
        private final RecipientMapper recipients;

        PeoplePaid(RecipientMapper recipients) {
            this.recipients = recipients;
        }

        @Override
        public String id() {
            return "award-people-paid";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.people-paid";
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return recipients.countPaid(DivisionScope.likePattern(divisionCode), from.getYear(), to.minusDays(1).getYear());
        }
    }

    /** In yuan, rounded. */
    @Component
    @Order(8)
    public static class AmountPaid implements Indicator {
        private final RecipientMapper recipients;

        AmountPaid(RecipientMapper recipients) {
            this.recipients = recipients;
        }

        @Override
        public String id() {
            return "award-amount-paid";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.amount-paid";
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return recipients.sumPaid(DivisionScope.likePattern(divisionCode), from.getYear(), to.minusDays(1).getYear())
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }
}
