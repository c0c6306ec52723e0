package io.jiceng.modules.assistance.award;

import io.jiceng.platform.resident.Gender;
import java.util.List;

/** What the eligibility rules look at: the applicant (from the ID number), the household and the children. */
public record AwardFacts(int confirmYear, int applicantBirthYear, Gender applicantGender, Integer spouseBirthYear,
                         boolean ruralHousehold, boolean outOfPolicyBirth, List<Child> children) {

    public AwardFacts {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** The mother's birth year: the applicant's if she is a woman, otherwise the spouse's (null if unknown). */
    Integer motherBirthYear() {
        return applicantGender == Gender.F ? Integer.valueOf(applicantBirthYear) : spouseBirthYear;
    }

    List<Child> living() {
        return children.stream().filter(Child::alive).toList();
    }
}
