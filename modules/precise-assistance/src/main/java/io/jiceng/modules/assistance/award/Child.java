package io.jiceng.modules.assistance.award;

/**
 * A child of the applicant as the clerk records it: sex {@code M}/{@code F}, birth year, whether living, and the
 * certified disability grade (1 most severe … 4), if any.
 */
public record Child(String name, String sex, int birthYear, boolean alive, Integer disabilityGrade) {

    public boolean daughter() {
        return "F".equals(sex);
    }
}
