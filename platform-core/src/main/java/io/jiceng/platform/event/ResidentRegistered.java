package io.jiceng.platform.event;

/** A resident was registered, by a clerk or an import. */
public record ResidentRegistered(long residentId, String divisionCode) {
}
