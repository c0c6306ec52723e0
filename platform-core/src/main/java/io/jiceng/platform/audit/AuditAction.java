package io.jiceng.platform.audit;

/** Everything the audit trail records: each change and each full view of personal data. */
public enum AuditAction {
    RESIDENT_CREATE,
    RESIDENT_UPDATE,
    IDENTITY_FULL_VIEW,
    CASE_START,
    CASE_STATUS,
    CASE_WITHDRAW,
    TASK_CLAIM,
    TASK_UNCLAIM,
    TASK_COMPLETE,
    TASK_DELEGATE,
    TASK_TRANSFER,
    NOTICE_PUBLISH,
    NOTICE_CLOSE,
    NOTICE_EXPORT,
    OBJECTION_REGISTER,
    OBJECTION_DECIDE,
    TASK_WITHDRAW,
    TASK_ADD_SIGNER,
    TASK_COSIGN,
    CASE_COPY,
    CASE_COPY_READ,
    TASK_URGE,
    ATTACHMENT_ADD,
    ATTACHMENT_DOWNLOAD,
    LOGIN,
    LOGIN_FAILED,
    AUDIT_EXPORT
}
