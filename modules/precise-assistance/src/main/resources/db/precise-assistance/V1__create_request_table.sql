-- 精准帮扶: the module's own data of each case. Portable between H2 and MySQL.
CREATE TABLE precise_assistance_request (
    case_id       BIGINT        NOT NULL PRIMARY KEY,
    resident_id   BIGINT        NOT NULL,
    division_code VARCHAR(15)   NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    CONSTRAINT fk_precise_assistance_request_case FOREIGN KEY (case_id) REFERENCES case_record (id)
);
CREATE INDEX ix_precise_assistance_request_division ON precise_assistance_request (division_code, created_at);
