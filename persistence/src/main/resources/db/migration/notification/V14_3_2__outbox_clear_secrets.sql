-- Mails written before V14_3_1 hold their links and codes in clear. Those already delivered have
-- reached their recipient: their bodies go now (the envelope stays, as after the nightly purge).
-- (None of these templates has attachments.) Those still waiting keep theirs until they are sent, then the purge takes them like any other.
UPDATE outbox_mail
   SET text_body = '', html_body = '', content_purged_at = CURRENT_TIMESTAMP(6)
 WHERE status = 'SENT'
   AND template IN ('account.verify', 'account.reset', 'order.applicantInvitation', 'activation.otp');
