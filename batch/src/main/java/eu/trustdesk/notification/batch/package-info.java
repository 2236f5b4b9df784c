/**
 * The nightly {@code mail-purge} job: delivered mails lose their bodies and attachments after
 * {@code TRUSTDESK_MAIL_BODY_RETENTION_DAYS}, in checkpointed chunks; the work is done by the
 * {@code MailRetention} boundary, the job only orchestrates. Started by the night schedule or by
 * an administrator ({@link MailPurges}).
 */
package eu.trustdesk.notification.batch;
