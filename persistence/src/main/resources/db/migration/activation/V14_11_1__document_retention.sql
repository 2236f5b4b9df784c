-- Identity documents are kept only as long as needed (issue 14, item 11): the nightly job
-- document-retention deletes them (files and activation_document rows) a number of days after the
-- request's final decision, and records when here, for the request pages.
ALTER TABLE activation_request ADD COLUMN documents_deleted_at DATETIME(6) NULL;
-- the job's query: decided requests by state and decision date
CREATE INDEX ix_activation_request_decided ON activation_request (status, decided_at);
