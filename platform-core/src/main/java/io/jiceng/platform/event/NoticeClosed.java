package io.jiceng.platform.event;

import java.util.List;

/**
 * A public notice's period ended: the {@code passed} cases go on; the {@code held} ones wait for the finding on an
 * objection still under investigation.
 */
public record NoticeClosed(long noticeId, String procedure, String divisionCode, List<Long> passed, List<Long> held) {

    public NoticeClosed {
        passed = List.copyOf(passed);
        held = List.copyOf(held);
    }
}
