package io.jiceng.platform.notice;

/** What the counter clerk writes down when someone objects: who, how to reach them, and why. */
public record ObjectionForm(String objectorName, String objectorContact, String reason) {
}
