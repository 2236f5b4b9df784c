-- The Chorus Pro export (eu.trustdesk.invoicing.entity.ExportFlow, ExportProblem): one row per flow
-- (one zip of EN 16931 XML documents, written by one chunk of the nightly job) and one row per
-- invoice the job refused, with the rule that refused it. Written for MariaDB/MySQL and H2 in MySQL mode.

CREATE TABLE export_flow (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    -- CHORUS-yyyyMMdd-nnnn, the date in Paris; also the zip's name and the invoices' export_flow
    name             VARCHAR(50)  NOT NULL,
    syntax           VARCHAR(10)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    invoice_count    INT          NOT NULL,
    file_name        VARCHAR(100) NOT NULL,
    -- WRITTEN: committed with its invoices, zip still under its temporary name; PUBLISHED: zip in place
    status           VARCHAR(20)  NOT NULL,
    job_execution_id BIGINT       NULL,
    published_at     DATETIME(6)  NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_export_flow_name UNIQUE (name)
);
CREATE INDEX ix_export_flow_status ON export_flow (status);

CREATE TABLE export_problem (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    invoice_id       BIGINT        NOT NULL,
    invoice_number   VARCHAR(20)   NOT NULL,
    job_execution_id BIGINT        NULL,
    rule_id          VARCHAR(60)   NOT NULL,
    message          VARCHAR(1000) NOT NULL,
    found_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_export_problem_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
CREATE INDEX ix_export_problem_invoice ON export_problem (invoice_id, found_at);
CREATE INDEX ix_export_problem_execution ON export_problem (job_execution_id);
