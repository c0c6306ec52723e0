-- Core schema: places, staff, residents, cases and the audit trail.
-- Portable between H2 and MySQL 8 / MariaDB: no vendor types, explicit lengths.
-- Times are DATETIME, not TIMESTAMP: MySQL's TIMESTAMP ends in 2038, is shifted by the session's time zone, and
-- where explicit_defaults_for_timestamp is off (MariaDB before 10.10) the first TIMESTAMP NOT NULL column of a table
-- is silently rewritten to the current time by every UPDATE. H2 reads DATETIME as TIMESTAMP.

CREATE TABLE division (
    code        VARCHAR(15)  NOT NULL PRIMARY KEY,  -- national statistical code, short form (2/4/6/9/12 digits, grid 15)
    name        VARCHAR(100) NOT NULL,
    full_name   VARCHAR(400) NOT NULL,              -- 福建省泉州市南安市溪美街道
    parent_code VARCHAR(15),
    level_no    SMALLINT     NOT NULL               -- 1 province .. 5 village, 6 grid
);
CREATE INDEX ix_division_parent ON division (parent_code);

CREATE TABLE staff (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(100),                 -- none for people who log in through Keycloak only
    division_code  VARCHAR(15)  NOT NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME     NOT NULL,
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_division FOREIGN KEY (division_code) REFERENCES division (code)
);

CREATE TABLE staff_role (
    staff_id BIGINT      NOT NULL,
    role     VARCHAR(40) NOT NULL,
    PRIMARY KEY (staff_id, role),
    CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);

CREATE TABLE resident (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id_number          VARCHAR(18)  NOT NULL,
    name               VARCHAR(64)  NOT NULL,
    gender             CHAR(1)      NOT NULL,        -- M / F, from the ID number
    birth_date         DATE         NOT NULL,        -- from the ID number
    phone              VARCHAR(20),
    household_no       VARCHAR(32),
    household_relation VARCHAR(20),
    division_code      VARCHAR(15)  NOT NULL,        -- village/community or grid where the person lives now
    address            VARCHAR(200),
    migrant            BOOLEAN      NOT NULL DEFAULT FALSE,
    version            INT          NOT NULL DEFAULT 0,
    created_by         VARCHAR(64)  NOT NULL,
    created_at         DATETIME     NOT NULL,
    updated_by         VARCHAR(64)  NOT NULL,
    updated_at         DATETIME     NOT NULL,
    CONSTRAINT uq_resident_id_number UNIQUE (id_number),
    CONSTRAINT fk_resident_division FOREIGN KEY (division_code) REFERENCES division (code)
);
CREATE INDEX ix_resident_division ON resident (division_code);
CREATE INDEX ix_resident_name ON resident (name);
CREATE INDEX ix_resident_household ON resident (household_no);

-- Every earlier state of a resident record: corrections are new versions, nothing is lost.
CREATE TABLE resident_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resident_id   BIGINT       NOT NULL,
    version       INT          NOT NULL,
    id_number     VARCHAR(18)  NOT NULL,
    name          VARCHAR(64)  NOT NULL,
    phone         VARCHAR(20),
    household_no  VARCHAR(32),
    household_relation VARCHAR(20),
    division_code VARCHAR(15)  NOT NULL,
    address       VARCHAR(200),
    migrant       BOOLEAN      NOT NULL,
    changed_by    VARCHAR(64)  NOT NULL,
    changed_at    DATETIME     NOT NULL,
    CONSTRAINT fk_resident_history_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
);
CREATE INDEX ix_resident_history_resident ON resident_history (resident_id);

CREATE TABLE case_sequence (
    module_id  VARCHAR(40) NOT NULL,
    year_no    INT         NOT NULL,
    last_number INT        NOT NULL,  -- not last_value: a reserved word (window function) in MySQL 8
    PRIMARY KEY (module_id, year_no)
);

CREATE TABLE case_record (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_no             VARCHAR(32)  NOT NULL,
    module_id           VARCHAR(40)  NOT NULL,
    case_type           VARCHAR(60)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    resident_id         BIGINT,
    division_code       VARCHAR(15)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    process_instance_id VARCHAR(64),
    version             INT          NOT NULL DEFAULT 0,
    created_by          VARCHAR(64)  NOT NULL,
    created_at          DATETIME     NOT NULL,
    updated_at          DATETIME     NOT NULL,
    closed_at           DATETIME,
    CONSTRAINT uq_case_no UNIQUE (case_no),
    CONSTRAINT fk_case_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_case_division FOREIGN KEY (division_code) REFERENCES division (code)
);
CREATE INDEX ix_case_division ON case_record (division_code);
CREATE INDEX ix_case_process ON case_record (process_instance_id);
CREATE INDEX ix_case_module_type ON case_record (module_id, case_type);

CREATE TABLE case_opinion (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT       NOT NULL,
    task_id        VARCHAR(64),
    step_key       VARCHAR(100) NOT NULL,        -- BPMN element id, for the step's name in the user's language
    step_name      VARCHAR(100) NOT NULL,        -- the step's name in the diagram when the opinion was given
    decision       VARCHAR(20)  NOT NULL,
    opinion        VARCHAR(2000),
    username       VARCHAR(64)  NOT NULL,
    staff_name     VARCHAR(64)  NOT NULL,
    division_code  VARCHAR(15)  NOT NULL,
    created_at     DATETIME     NOT NULL,
    CONSTRAINT fk_opinion_case FOREIGN KEY (case_id) REFERENCES case_record (id)
);
CREATE INDEX ix_opinion_case ON case_opinion (case_id);

CREATE TABLE case_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,      -- MySQL BLOB stops at 64 KB; H2 accepts LONGBLOB too
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME     NOT NULL,
    CONSTRAINT fk_attachment_case FOREIGN KEY (case_id) REFERENCES case_record (id)
);
CREATE INDEX ix_attachment_case ON case_attachment (case_id);

-- The data of a resident-record correction request (the core's own first workflow).
CREATE TABLE resident_correction (
    case_id     BIGINT       NOT NULL PRIMARY KEY,
    resident_id BIGINT       NOT NULL,
    field_name  VARCHAR(40)  NOT NULL,
    old_value   VARCHAR(200),
    new_value   VARCHAR(200) NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_correction_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    CONSTRAINT fk_correction_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
);

CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME     NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    target_type    VARCHAR(20)  NOT NULL,
    target_id      VARCHAR(64)  NOT NULL,
    division_code  VARCHAR(15),
    detail         VARCHAR(2000),
    remote_address VARCHAR(64)
);
CREATE INDEX ix_audit_target ON audit_event (target_type, target_id);
CREATE INDEX ix_audit_user ON audit_event (username, occurred_at);

-- Public notices (公示): a batch of cases published for one division and procedure for a period.
CREATE TABLE notice (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    procedure_code      VARCHAR(100) NOT NULL,       -- what is noticed, e.g. precise-assistance/award
    division_code       VARCHAR(15)  NOT NULL,       -- where it is posted (usually a township or street)
    year_no             INT          NOT NULL,
    batch_no            INT          NOT NULL,       -- the 1st, 2nd ... notice of its procedure there that year
    status              VARCHAR(20)  NOT NULL,       -- OPEN, CLOSED
    published_by        VARCHAR(64)  NOT NULL,
    published_at        DATETIME     NOT NULL,
    ends_at             DATETIME     NOT NULL,
    closed_at           DATETIME,
    process_instance_id VARCHAR(64),
    CONSTRAINT uq_notice_batch UNIQUE (procedure_code, division_code, year_no, batch_no),
    CONSTRAINT fk_notice_division FOREIGN KEY (division_code) REFERENCES division (code)
);
CREATE INDEX ix_notice_division ON notice (division_code, status);

CREATE TABLE notice_entry (
    notice_id        BIGINT      NOT NULL,
    case_id          BIGINT      NOT NULL,
    entry_process_id VARCHAR(64) NOT NULL,           -- the case's public-notice-entry process instance
    status           VARCHAR(20) NOT NULL,           -- LISTED, HELD (objection open at closing), PASSED, REMOVED
    PRIMARY KEY (notice_id, case_id),
    CONSTRAINT fk_notice_entry_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT fk_notice_entry_case FOREIGN KEY (case_id) REFERENCES case_record (id)
);
CREATE INDEX ix_notice_entry_case ON notice_entry (case_id);

CREATE TABLE notice_objection (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id           BIGINT        NOT NULL,
    case_id             BIGINT        NOT NULL,
    objector_name       VARCHAR(64)   NOT NULL,
    objector_contact    VARCHAR(64),
    reason              VARCHAR(2000) NOT NULL,
    status              VARCHAR(20)   NOT NULL,      -- PENDING, UPHELD, DISMISSED
    finding             VARCHAR(2000),
    registered_by       VARCHAR(64)   NOT NULL,
    registered_at       DATETIME      NOT NULL,
    decided_by          VARCHAR(64),
    decided_at          DATETIME,
    process_instance_id VARCHAR(64),
    CONSTRAINT fk_objection_entry FOREIGN KEY (notice_id, case_id) REFERENCES notice_entry (notice_id, case_id)
);
CREATE INDEX ix_objection_notice ON notice_objection (notice_id, case_id);
-- Task actions beyond complete: co-signers (加签), copies for information (抄送), notifications (催办 and others).
CREATE TABLE task_cosign (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id      VARCHAR(64)   NOT NULL,     -- the engine task that waits for the signatures
    case_id      BIGINT        NOT NULL,
    step_key     VARCHAR(100)  NOT NULL,
    step_name    VARCHAR(100)  NOT NULL,
    requested_by VARCHAR(64)   NOT NULL,
    signer       VARCHAR(64)   NOT NULL,
    requested_at DATETIME      NOT NULL,
    signed_at    DATETIME,
    CONSTRAINT fk_cosign_case FOREIGN KEY (case_id) REFERENCES case_record (id)
);
CREATE INDEX ix_cosign_task ON task_cosign (task_id);
CREATE INDEX ix_cosign_signer ON task_cosign (signer, signed_at);

CREATE TABLE case_copy (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT        NOT NULL,
    step_key   VARCHAR(100)  NOT NULL,
    step_name  VARCHAR(100)  NOT NULL,
    sent_by    VARCHAR(64)   NOT NULL,
    recipient  VARCHAR(64)   NOT NULL,
    note       VARCHAR(2000),
    sent_at    DATETIME      NOT NULL,
    read_at    DATETIME,
    CONSTRAINT fk_copy_case FOREIGN KEY (case_id) REFERENCES case_record (id)
);
CREATE INDEX ix_copy_recipient ON case_copy (recipient, sent_at);

CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(64)   NOT NULL,
    kind       VARCHAR(20)   NOT NULL,       -- URGE, ...
    case_id    BIGINT,
    task_id    VARCHAR(64),
    message    VARCHAR(500),
    sent_by    VARCHAR(64)   NOT NULL,
    created_at DATETIME      NOT NULL,
    read_at    DATETIME
);
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at);
CREATE INDEX ix_notification_task ON notification (task_id, kind, created_at);

-- Local logins (embedded default): failed attempts per user name, whether or not such a user exists, so that
-- a lockout survives restarts, holds across nodes and tells nobody which user names exist.
CREATE TABLE login_attempt (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at DATETIME     NOT NULL,
    locked_until    DATETIME
);
