/**
 * The nightly {@code document-retention} job: identity documents (files and rows) of requests
 * decided more than {@code TRUSTDESK_IDENTITY_DOCUMENT_RETENTION_DAYS} ago are deleted, in
 * checkpointed chunks; the work and its audit are done by the {@code DocumentRetention} boundary,
 * the job only orchestrates. Started by the night schedule or by an administrator ({@link DocumentRetentions}).
 */
package eu.trustdesk.activation.batch;
