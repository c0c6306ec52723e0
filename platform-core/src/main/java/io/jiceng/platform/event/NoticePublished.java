package io.jiceng.platform.event;

import java.util.List;

/** A public notice (公示) of a procedure was posted for a division, listing these cases; its period runs. */
public record NoticePublished(long noticeId, String procedure, String divisionCode, List<Long> caseIds) {

    public NoticePublished {
        caseIds = List.copyOf(caseIds);
    }
}
