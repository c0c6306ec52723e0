package io.jiceng.platform.review;

import io.jiceng.platform.division.DivisionLevel;
import io.jiceng.platform.staff.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The levels of a multi-level review (the {@code multi-level-review} building block in {@code bpmn/review}):
 * which role reviews at which level of the case's division, and what the step is called. A process that calls
 * the building block passes {@link #variables()} to it.
 */
public record ReviewLevels(List<Level> levels) {

    /** One level: the reviewing role, the division level it sits at, and the step's name. */
    public record Level(Role role, DivisionLevel divisionLevel, String stepName) {
    }

    public static final Level VILLAGE = new Level(Role.COMMUNITY_SPECIALIST, DivisionLevel.VILLAGE, "村级审核");
    public static final Level TOWNSHIP = new Level(Role.TOWNSHIP_REVIEWER, DivisionLevel.TOWNSHIP, "乡镇审核");
    public static final Level COUNTY = new Level(Role.COUNTY_APPROVER, DivisionLevel.COUNTY, "县级审批");

    public ReviewLevels {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a review needs at least one level");
        }
        levels = List.copyOf(levels);
    }

    /**
     * The platform's level whose step carries this name, if any: the building block's task is named by its level
     * (村级审核), while the calling process names the whole review (村、乡、县三级审核) under the same element id.
     */
    public static java.util.Optional<Level> named(String stepName) {
        return java.util.stream.Stream.of(VILLAGE, TOWNSHIP, COUNTY).filter(level -> level.stepName().equals(stepName)).findFirst();
    }

    public static ReviewLevels of(Level... levels) {
        return new ReviewLevels(Arrays.asList(levels));
    }

    /** The building block's input variables (plain strings: the engine stores no Java objects). */
    public Map<String, Object> variables() {
        return Map.of(
                "reviewRoles", join(level -> level.role().name()),
                "reviewCodeLengths", join(level -> String.valueOf(level.divisionLevel().codeLength())),
                "reviewStepNames", join(Level::stepName),
                "reviewLevelCount", levels.size());
    }

    private String join(java.util.function.Function<Level, String> part) {
        return levels.stream().map(part).collect(Collectors.joining(";"));
    }
}
