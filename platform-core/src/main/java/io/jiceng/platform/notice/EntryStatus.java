package io.jiceng.platform.notice;

/** Where one case stands in a notice. */
public enum EntryStatus {
    /** On the notice while the period runs. */
    LISTED,
    /** The period ended while an objection against the entry was still being investigated. */
    HELD,
    /** The notice closed and no objection was upheld: the case went on. */
    PASSED,
    /** An objection was upheld: the entry left the notice and its case ended rejected. */
    REMOVED
}
