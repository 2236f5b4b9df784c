-- Links and codes out of the outbox in clear (issue 14, item 3): a mail carrying a link token or
-- a one-time code keeps its bodies as sent sealed with AES-GCM (sealed_text, sealed_html; see
-- SecretBox), while text_body and html_body hold copies with the secret masked.
-- content_purged_at: when the nightly mail-purge job deleted the bodies of a delivered mail.
-- MEDIUMTEXT: base64 of a UTF-8 body of 16,000 characters may exceed TEXT's 64 KB.
ALTER TABLE outbox_mail ADD COLUMN sealed_text MEDIUMTEXT NULL;
ALTER TABLE outbox_mail ADD COLUMN sealed_html MEDIUMTEXT NULL;
ALTER TABLE outbox_mail ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE outbox_mail ADD COLUMN content_purged_at DATETIME(6) NULL;
CREATE INDEX ix_outbox_mail_purge ON outbox_mail (status, sent_at);
