-- When the applicant first opened (downloaded) each contract document: acceptance waits for it,
-- so that "I have read" stands for a document that was at least opened.
ALTER TABLE activation_contract ADD COLUMN opened_at DATETIME(6) NULL;
