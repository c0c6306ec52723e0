package io.jiceng.modules.assistance.payment;

import java.math.BigDecimal;

/** One person and scheme on a payment list; name and ID number are masked unless the user may see them. */
public record PaymentLine(long residentId, String name, String idNumber, String divisionCode, String villageName,
                          String schemeCode, String schemeName, BigDecimal amount, Long caseId) {
}
