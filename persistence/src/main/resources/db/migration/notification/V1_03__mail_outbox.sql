-- Outbox of e-mails: written in the transaction of the business change that causes them,
-- delivered afterwards by the background sender with retries (see OutboxSender).
-- Bodies are TEXT: VARCHARs that long would exceed the InnoDB row size in utf8mb4.
CREATE TABLE outbox_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    template        VARCHAR(60)   NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_at      DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_outbox_mail_due ON outbox_mail (status, next_attempt_at);
CREATE INDEX ix_outbox_mail_recipient ON outbox_mail (recipient);
