package io.jiceng.platform.staff;

/** What a user may do beyond reading the work of their own division subtree. */
public enum Permission {
    /** Register and edit residents. */
    RESIDENT_EDIT,
    /** See names and ID numbers in full (each full view is audited). */
    IDENTITY_FULL_VIEW,
    /** Start a case (workflow) for a resident. */
    CASE_START,
    /** Publish a public notice (公示) of the cases awaiting it in one's division. */
    NOTICE_PUBLISH,
    /** Use the Camunda Cockpit, Tasklist, Admin and engine REST API. */
    PROCESS_ADMIN,
    /** Read and export the audit trail (审计日志). */
    AUDIT_READ;

    /** Prefix of the Spring Security authorities that stand for permissions, the core's and the modules'. */
    public static final String AUTHORITY_PREFIX = "PERM_";

    /** The Spring Security authority name of this permission. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
