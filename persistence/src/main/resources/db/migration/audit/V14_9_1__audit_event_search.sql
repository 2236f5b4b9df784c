-- Console -> Audit reads the whole trail newest first, filtered by date range, actor and action:
-- this index serves the date range and the ordering, and answers the actor/action filters from the
-- index itself. The existing index on (subject_type, subject_id, occurred_at) serves an object's history.
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at, actor, action);
