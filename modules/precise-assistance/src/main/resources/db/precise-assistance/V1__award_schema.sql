-- 奖励扶助资格确认 (award/support qualification verification): schemes, eligibility rules, applications,
-- recipients per year and payment standards. Portable between H2 and MySQL 8.

-- The schemes a county confirms people for: the national ones and local ones (add rows for a local scheme).
CREATE TABLE precise_assistance_scheme (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    national    BOOLEAN      NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL
);

-- Eligibility rules as data. county_code '*' is the default; a row with a county's 6-digit code replaces the
-- default rule of the same scheme and rule code in that county (enabled = FALSE switches it off there).
-- check_kind names one of the checks the module knows (EligibilityCheck); parameter is the check's number.
CREATE TABLE precise_assistance_rule (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scheme_code VARCHAR(40)   NOT NULL,
    rule_code   VARCHAR(40)   NOT NULL,
    county_code VARCHAR(6)    NOT NULL,
    check_kind  VARCHAR(40)   NOT NULL,
    parameter   INT,
    wording_zh  VARCHAR(300)  NOT NULL,
    wording_en  VARCHAR(300)  NOT NULL,
    enabled     BOOLEAN       NOT NULL,
    sort_order  INT           NOT NULL,
    CONSTRAINT uq_precise_assistance_rule UNIQUE (scheme_code, rule_code, county_code),
    CONSTRAINT fk_precise_assistance_rule_scheme FOREIGN KEY (scheme_code) REFERENCES precise_assistance_scheme (code)
);

-- One application (a case of type award): one per resident, scheme and confirmation year.
CREATE TABLE precise_assistance_award (
    case_id             BIGINT        NOT NULL PRIMARY KEY,
    resident_id         BIGINT        NOT NULL,
    division_code       VARCHAR(15)   NOT NULL,
    scheme_code         VARCHAR(40)   NOT NULL,
    confirm_year        INT           NOT NULL,
    rural_household     BOOLEAN       NOT NULL,
    out_of_policy_birth BOOLEAN       NOT NULL,
    spouse_name         VARCHAR(50),
    spouse_id_number    VARCHAR(18),
    spouse_birth_year   INT,
    failed_rules        VARCHAR(400),
    override_reason     VARCHAR(1000),
    note                VARCHAR(1000),
    outcome             VARCHAR(20)   NOT NULL,
    decided_at          DATETIME,
    created_by          VARCHAR(50)   NOT NULL,
    created_at          DATETIME      NOT NULL,
    CONSTRAINT uq_precise_assistance_award UNIQUE (resident_id, scheme_code, confirm_year),
    CONSTRAINT fk_precise_assistance_award_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    CONSTRAINT fk_precise_assistance_award_scheme FOREIGN KEY (scheme_code) REFERENCES precise_assistance_scheme (code)
);
CREATE INDEX ix_precise_assistance_award_division ON precise_assistance_award (division_code, confirm_year);
CREATE INDEX ix_precise_assistance_award_created ON precise_assistance_award (division_code, created_at);

-- The applicant's children as recorded with the application.
CREATE TABLE precise_assistance_child (
    case_id          BIGINT      NOT NULL,
    seq              INT         NOT NULL,
    name             VARCHAR(50),
    sex              VARCHAR(1)  NOT NULL,
    birth_year       INT         NOT NULL,
    alive            BOOLEAN     NOT NULL,
    disability_grade INT,
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_precise_assistance_child_award FOREIGN KEY (case_id) REFERENCES precise_assistance_award (case_id)
);

-- Who receives a scheme in a year: confirmed by a case (CONFIRMED), carried over by the annual re-confirmation
-- (CONTINUED), or stopped by it (STOPPED, with the reason). The payment list of a year is its CONFIRMED and
-- CONTINUED rows.
CREATE TABLE precise_assistance_recipient (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resident_id   BIGINT        NOT NULL,
    scheme_code   VARCHAR(40)   NOT NULL,
    pay_year      INT           NOT NULL,
    division_code VARCHAR(15)   NOT NULL,
    case_id       BIGINT,
    status        VARCHAR(20)   NOT NULL,
    stop_reason   VARCHAR(20),
    stop_note     VARCHAR(500),
    decided_by    VARCHAR(50),
    decided_at    DATETIME      NOT NULL,
    CONSTRAINT uq_precise_assistance_recipient UNIQUE (resident_id, scheme_code, pay_year),
    CONSTRAINT fk_precise_assistance_recipient_scheme FOREIGN KEY (scheme_code) REFERENCES precise_assistance_scheme (code)
);
CREATE INDEX ix_precise_assistance_recipient_year ON precise_assistance_recipient (pay_year, division_code);

-- The standard amount per person and year of each scheme (元/人/年).
CREATE TABLE precise_assistance_standard (
    scheme_code   VARCHAR(40)    NOT NULL,
    pay_year      INT            NOT NULL,
    annual_amount DECIMAL(12, 2) NOT NULL,
    PRIMARY KEY (scheme_code, pay_year),
    CONSTRAINT fk_precise_assistance_standard_scheme FOREIGN KEY (scheme_code) REFERENCES precise_assistance_scheme (code)
);
