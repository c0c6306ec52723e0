package io.jiceng.platform.notice;

import java.util.List;

public record NoticePage(List<Notice> notices, long total) {
}
