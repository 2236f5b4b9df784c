-- Who did what to which record, and when: decisions of the back office that must be answerable.
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    detail       VARCHAR(1000) NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id, occurred_at);
