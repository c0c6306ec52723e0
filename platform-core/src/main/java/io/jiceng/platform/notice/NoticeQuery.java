package io.jiceng.platform.notice;

public record NoticeQuery(String procedure, String divisionCode, NoticeStatus status, int offset, int limit) {
}
