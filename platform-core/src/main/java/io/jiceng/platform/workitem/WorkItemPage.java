package io.jiceng.platform.workitem;

import java.util.List;

public record WorkItemPage(List<WorkItem> items, long total) {
}
