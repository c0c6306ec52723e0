package io.jiceng.modules.assistance.family;

import java.time.Instant;

/** 计生专干 + 社工 + 志愿者: the specialist is a staff member and does the visits; the others are named with a phone. */
public record HelperTeam(long caseId, String specialistUsername, String specialistName, String socialWorkerName,
                         String socialWorkerPhone, String volunteerName, String volunteerPhone, String formedBy,
                         Instant formedAt) {
}
