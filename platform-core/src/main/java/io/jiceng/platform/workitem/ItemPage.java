package io.jiceng.platform.workitem;

import java.util.List;

/** One page of a list beside the inbox's tasks (已办, 抄送我的), with the total. */
public record ItemPage<T>(List<T> items, long total) {
}
