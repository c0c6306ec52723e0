package io.jiceng.platform.notice;

import java.util.List;

/** Publishing a notice: of a procedure, for a division, listing the given cases or, if none are given, all awaiting there. */
public record NoticePublication(String procedure, String divisionCode, List<Long> caseIds) {
}
