package io.jiceng.platform.module;

import java.time.LocalDate;

/**
 * One statistic a module reports per division and period (建档率, 已确认人数 …), for the dashboard and the reports
 * upward. Implementations are beans of the module's configuration: every such bean is reported, under its module
 * ({@link ModuleBeans}), in Spring's bean order ({@code @Order} where the order of the columns matters).
 */
public interface Indicator {

    /** Stable id, unique within the module, e.g. {@code cases-opened}. */
    String id();

    /** Message key of the indicator's name. */
    String labelKey();

    /** The value for everything under {@code divisionCode}, from {@code from} (inclusive) to {@code to} (exclusive). */
    long valueFor(String divisionCode, LocalDate from, LocalDate to);
}
