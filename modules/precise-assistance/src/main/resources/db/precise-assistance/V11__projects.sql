-- 帮扶项目 (assistance projects): a yearly budget per division and kind (安居, 成才, 致富, 亲情, 保障 …), and the
-- disbursements paid from it for family cases. "used" is the running total, raised only by a conditional UPDATE
-- that never lets it pass the budget; the CHECK is the database's own last word on that.
CREATE TABLE precise_assistance_project (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(30)   NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    division_code VARCHAR(15)   NOT NULL,
    budget_year   INT           NOT NULL,
    budget        DECIMAL(14,2) NOT NULL,
    used          DECIMAL(14,2) NOT NULL DEFAULT 0,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    DATETIME      NOT NULL,
    CONSTRAINT uq_pa_project UNIQUE (division_code, budget_year, kind),
    CONSTRAINT fk_pa_project_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT ck_pa_project_budget CHECK (budget > 0),
    CONSTRAINT ck_pa_project_within_budget CHECK (used >= 0 AND used <= budget)
);
CREATE INDEX ix_pa_project_year ON precise_assistance_project (budget_year, division_code);

CREATE TABLE precise_assistance_disbursement (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    paid_on     DATE          NOT NULL,
    purpose     VARCHAR(200)  NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    recorded_at DATETIME      NOT NULL,
    CONSTRAINT fk_pa_disbursement_project FOREIGN KEY (project_id) REFERENCES precise_assistance_project (id),
    CONSTRAINT fk_pa_disbursement_family FOREIGN KEY (case_id) REFERENCES precise_assistance_family (case_id),
    CONSTRAINT ck_pa_disbursement_amount CHECK (amount > 0)
);
CREATE INDEX ix_pa_disbursement_project ON precise_assistance_disbursement (project_id);
CREATE INDEX ix_pa_disbursement_case ON precise_assistance_disbursement (case_id);
CREATE INDEX ix_pa_disbursement_paid ON precise_assistance_disbursement (paid_on);
