package io.jiceng.platform.workitem;

import java.util.Date;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Which of two engine records (a task, a variable update) was created first. The engine's stored times are whole
 * seconds on MySQL (Camunda's DATETIME columns), too coarse for two steps taken in the same second. Its ids are
 * time-based UUIDs (Camunda's default StrongUuidGenerator, version 1): they carry the creation time to 100 ns and
 * increase within a node. For ids of another form the stored times decide.
 */
final class CreationOrder {

    private CreationOrder() {
    }

    /** Whether the record {@code id} was created after the record {@code otherId}. */
    static boolean createdAfter(String id, Date time, String otherId, Date otherTime) {
        OptionalLong created = uuidTime(id);
        OptionalLong otherCreated = uuidTime(otherId);
        if (created.isPresent() && otherCreated.isPresent()) {
            return created.getAsLong() > otherCreated.getAsLong();
        }
        return time.after(otherTime);
    }

    private static OptionalLong uuidTime(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.version() == 1 ? OptionalLong.of(uuid.timestamp()) : OptionalLong.empty();
        } catch (IllegalArgumentException notAUuid) {
            return OptionalLong.empty();
        }
    }
}
