package io.jiceng.modules.assistance.payment;

import java.math.BigDecimal;
import java.util.List;

/**
 * 发放名单: the recipients of a year in a county (or the part of it the user covers), per township, with the
 * standard amount of each scheme. {@code schemesWithoutStandard} names schemes whose amount for the year is not set.
 */
public record PaymentList(String divisionCode, String divisionName, int year, List<TownshipTotal> townships, int people,
                          BigDecimal amount, List<String> schemesWithoutStandard) {
}
