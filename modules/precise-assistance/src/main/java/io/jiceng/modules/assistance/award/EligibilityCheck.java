package io.jiceng.modules.assistance.award;

import java.util.List;

/**
 * The checks a rule row can name (check_kind). What is checked is code; which checks apply to a scheme in a county,
 * their numbers and their wording are data (precise_assistance_rule).
 */
public enum EligibilityCheck {
    RURAL_HOUSEHOLD {
        @Override
        boolean passes(AwardFacts facts, Integer parameter) {
            return facts.ruralHousehold();
        }
    },
    NO_OUT_OF_POLICY_BIRTH {
        @Override
        boolean passes(AwardFacts facts, Integer parameter) {
            return !facts.outOfPolicyBirth();
        }
    },
    /** 现存一个子女或两个女孩或子女死亡现无子女. */
    ONE_CHILD_OR_TWO_DAUGHTERS {
        @Override
        boolean passes(AwardFacts facts, Integer parameter) {
            List<Child> living = facts.living();
            return living.size() == 1
                    || (living.size() == 2 && living.stream().allMatch(Child::daughter))
                    || (living.isEmpty() && !facts.children().isEmpty());
        }
    },
    /** The applicant reaches the age (parameter) in the confirmation year. */
    MIN_AGE {
        @Override
        boolean passes(AwardFacts facts, Integer parameter) {
            return facts.confirmYear() - facts.applicantBirthYear() >= parameter;
        }
    },
    /** The mother reaches the age (parameter) in the confirmation year. */
    MOTHER_MIN_AGE {
        @Override
        boolean passes(AwardFacts facts, Integer parameter) {
            Integer born = facts.motherBirthYear();
            return born != null && facts.confirmYear() - born >= parameter;
        }
    },
    ONE_CHILD_ONLY {
        @Override
        boolean passes(AwardFacts facts, Integer parameter) {
            return facts.children().size() == 1;
        }
    },
    /** The only child lives with a certified disability of the grade (parameter) or a more severe one. */
    ONLY_CHILD_DISABLED {
        @Override
        boolean passes(AwardFacts facts, Integer parameter) {
            return facts.children().size() == 1 && facts.children().get(0).alive()
                    && facts.children().get(0).disabilityGrade() != null
                    && facts.children().get(0).disabilityGrade() <= parameter;
        }
    },
    NO_LIVING_CHILD {
        @Override
        boolean passes(AwardFacts facts, Integer parameter) {
            return !facts.children().isEmpty() && facts.living().isEmpty();
        }
    },
    TWO_DAUGHTERS {
        @Override
        boolean passes(AwardFacts facts, Integer parameter) {
            return facts.children().size() == 2 && facts.children().stream().allMatch(Child::daughter);
        }
    };

    abstract boolean passes(AwardFacts facts, Integer parameter);
}
