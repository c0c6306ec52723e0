package io.jiceng.platform.casework;

import java.util.List;

public record CasePage(List<CaseRecord> cases, long total) {
}
