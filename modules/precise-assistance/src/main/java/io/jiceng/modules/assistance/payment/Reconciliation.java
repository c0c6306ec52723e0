package io.jiceng.modules.assistance.payment;

import java.util.List;

/**
 * The check "一个不漏，一个不错" of a year's list against the cases confirmed for that year: confirmed applicants
 * missing from the list, people listed twice for a scheme, and people listed as confirmed without a confirmed case.
 */
public record Reconciliation(int year, int confirmedCases, int listed, List<Difference> missing,
                             List<Difference> duplicates, List<Difference> unexplained) {

    public boolean balanced() {
        return missing.isEmpty() && duplicates.isEmpty() && unexplained.isEmpty();
    }

    /** One person and scheme that does not reconcile, with the case concerned if there is one. */
    public record Difference(long residentId, String maskedName, String schemeCode, Long caseId, String caseNo) {
    }
}
