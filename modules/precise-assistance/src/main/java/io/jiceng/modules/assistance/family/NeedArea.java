package io.jiceng.modules.assistance.family;

/** The four areas in which a household is helped (资金、就业、心理疏导、亲情关怀). */
public enum NeedArea {
    FUNDS,
    EMPLOYMENT,
    PSYCHOLOGICAL,
    FAMILY_CARE
}
