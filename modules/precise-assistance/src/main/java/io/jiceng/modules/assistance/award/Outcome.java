package io.jiceng.modules.assistance.award;

/** Where an application ended, as the process records it (REMOVED: an objection to its notice entry was upheld). */
public enum Outcome {
    IN_PROCESS,
    CONFIRMED,
    REJECTED,
    REMOVED,
    WITHDRAWN
}
