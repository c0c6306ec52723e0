-- 家庭帮扶 (family assistance): a household in difficulty, its needs, helper team, plans, visits and evaluations.
-- Portable between H2 and MySQL 8. Rows are only added: a new plan after an evaluation is a new row, nothing is overwritten.
CREATE TABLE precise_assistance_family (
    case_id        BIGINT        NOT NULL PRIMARY KEY,
    resident_id    BIGINT        NOT NULL,
    division_code  VARCHAR(15)   NOT NULL,
    household_size INT           NOT NULL,
    difficulty     VARCHAR(1000) NOT NULL,
    applied_by     VARCHAR(64)   NOT NULL,
    applied_at     DATETIME      NOT NULL,
    CONSTRAINT fk_pa_family_case FOREIGN KEY (case_id) REFERENCES case_record (id),
    CONSTRAINT ck_pa_family_household CHECK (household_size > 0)
);
CREATE INDEX ix_pa_family_division ON precise_assistance_family (division_code);

-- One row per area (FUNDS, EMPLOYMENT, PSYCHOLOGICAL, FAMILY_CARE): how great the need is (0 none … 5 urgent) and why.
CREATE TABLE precise_assistance_family_need (
    case_id     BIGINT        NOT NULL,
    area        VARCHAR(20)   NOT NULL,
    score       INT           NOT NULL,
    description VARCHAR(1000) NOT NULL,
    assessed_by VARCHAR(64)   NOT NULL,
    assessed_at DATETIME      NOT NULL,
    CONSTRAINT pk_pa_family_need PRIMARY KEY (case_id, area),
    CONSTRAINT fk_pa_family_need_family FOREIGN KEY (case_id) REFERENCES precise_assistance_family (case_id),
    CONSTRAINT ck_pa_family_need_score CHECK (score BETWEEN 0 AND 5)
);

-- 计生专干 + 社工 + 志愿者: the specialist is a staff member (who gets the visits), the others are named with a phone.
CREATE TABLE precise_assistance_family_team (
    case_id             BIGINT       NOT NULL PRIMARY KEY,
    specialist_username VARCHAR(64)  NOT NULL,
    specialist_name     VARCHAR(100) NOT NULL,
    social_worker_name  VARCHAR(50)  NOT NULL,
    social_worker_phone VARCHAR(20),
    volunteer_name      VARCHAR(50)  NOT NULL,
    volunteer_phone     VARCHAR(20),
    formed_by           VARCHAR(64)  NOT NULL,
    formed_at           DATETIME     NOT NULL,
    CONSTRAINT fk_pa_family_team_family FOREIGN KEY (case_id) REFERENCES precise_assistance_family (case_id)
);

CREATE TABLE precise_assistance_family_plan (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    goals          VARCHAR(1000) NOT NULL,
    frequency      VARCHAR(20)   NOT NULL,
    starts_on      DATE          NOT NULL,
    ends_on        DATE          NOT NULL,
    planned_visits INT           NOT NULL,
    planned_by     VARCHAR(64)   NOT NULL,
    planned_at     DATETIME      NOT NULL,
    CONSTRAINT fk_pa_family_plan_family FOREIGN KEY (case_id) REFERENCES precise_assistance_family (case_id),
    CONSTRAINT ck_pa_family_plan_dates CHECK (ends_on > starts_on)
);
CREATE INDEX ix_pa_family_plan_case ON precise_assistance_family_plan (case_id);
CREATE INDEX ix_pa_family_plan_period ON precise_assistance_family_plan (ends_on, starts_on);

CREATE TABLE precise_assistance_family_visit (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    plan_id     BIGINT        NOT NULL,
    visited_on  DATE          NOT NULL,
    visitor     VARCHAR(100)  NOT NULL,
    notes       VARCHAR(2000) NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    recorded_at DATETIME      NOT NULL,
    CONSTRAINT fk_pa_family_visit_family FOREIGN KEY (case_id) REFERENCES precise_assistance_family (case_id),
    CONSTRAINT fk_pa_family_visit_plan FOREIGN KEY (plan_id) REFERENCES precise_assistance_family_plan (id)
);
CREATE INDEX ix_pa_family_visit_case ON precise_assistance_family_visit (case_id, visited_on);
CREATE INDEX ix_pa_family_visit_date ON precise_assistance_family_visit (visited_on);

-- outcome: CLOSE (goals reached, the case closes) or CONTINUE (a new plan follows).
CREATE TABLE precise_assistance_family_evaluation (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    plan_id      BIGINT        NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    evaluated_by VARCHAR(64)   NOT NULL,
    evaluated_at DATETIME      NOT NULL,
    CONSTRAINT fk_pa_family_evaluation_family FOREIGN KEY (case_id) REFERENCES precise_assistance_family (case_id),
    CONSTRAINT fk_pa_family_evaluation_plan FOREIGN KEY (plan_id) REFERENCES precise_assistance_family_plan (id)
);
CREATE INDEX ix_pa_family_evaluation_case ON precise_assistance_family_evaluation (case_id);
