package io.jiceng.modules.assistance.payment;

import java.math.BigDecimal;
import java.util.List;

/** The lines of one township (乡镇/街道) on a payment list, with its subtotal. */
public record TownshipTotal(String code, String name, List<PaymentLine> lines, int people, BigDecimal amount) {
}
