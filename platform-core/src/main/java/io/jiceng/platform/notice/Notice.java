package io.jiceng.platform.notice;

import java.time.Instant;

/** A public notice (公示): the {@code batchNo}-th notice of a procedure in a division in a year. */
public record Notice(Long id, String procedureCode, String divisionCode, int yearNo, int batchNo, NoticeStatus status,
                     String publishedBy, Instant publishedAt, Instant endsAt, Instant closedAt, String processInstanceId,
                     int entryCount) {
}
