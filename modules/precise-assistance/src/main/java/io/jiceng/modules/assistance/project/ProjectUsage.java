package io.jiceng.modules.assistance.project;

/** A line of the projects report: the project (budget, used, remaining) and how many households it has paid. */
public record ProjectUsage(AssistanceProject project, long households, long disbursements) {
}
