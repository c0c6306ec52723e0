package io.jiceng.platform.notice;

/**
 * One case on a notice as anyone may see it: the name and ID number are always masked, whoever looks, because a
 * notice is posted in public.
 */
public record NoticeEntry(long noticeId, long caseId, String caseNo, String title, String divisionCode, String maskedName,
                          String maskedIdNumber, EntryStatus status, int objectionCount) {
}
