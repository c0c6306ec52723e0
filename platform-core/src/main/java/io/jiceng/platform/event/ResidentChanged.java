package io.jiceng.platform.event;

/**
 * A resident's record was saved as a new version (an edit or an approved correction); {@code previousDivisionCode}
 * differs from {@code divisionCode} when the resident moved.
 */
public record ResidentChanged(long residentId, String divisionCode, String previousDivisionCode, int version) {
}
