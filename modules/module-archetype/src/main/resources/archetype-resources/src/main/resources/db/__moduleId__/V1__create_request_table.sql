-- ${moduleNameZh}: the module's own data of each case. Portable between H2 and MySQL.
CREATE TABLE ${tablePrefix}_request (
    case_id       BIGINT        NOT NULL PRIMARY KEY,
    resident_id   BIGINT        NOT NULL,
    division_code VARCHAR(15)   NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    created_at    DATETIME      NOT NULL,
    CONSTRAINT fk_${tablePrefix}_request_case FOREIGN KEY (case_id) REFERENCES case_record (id)
);
CREATE INDEX ix_${tablePrefix}_request_division ON ${tablePrefix}_request (division_code, created_at);
