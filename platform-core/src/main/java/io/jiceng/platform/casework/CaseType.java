package io.jiceng.platform.casework;

/**
 * A kind of case a module handles, with the BPMN process that drives it and the prefix of its case numbers.
 * Modules declare their case types as beans.
 */
public record CaseType(String moduleId, String code, String numberPrefix, String processKey) {
}
