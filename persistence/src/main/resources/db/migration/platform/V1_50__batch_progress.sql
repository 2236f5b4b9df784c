-- What the batch console shows beside the job repository (eu.trustdesk.platform.entity.BatchProgress):
-- per step execution, the number of items its reader expects (for the progress bar) and the error
-- that failed it. The job repository itself (Payara's jbatch tables) is not ours and may live in
-- another database; hence ids, not foreign keys. Written for MariaDB/MySQL and H2 in MySQL mode.

CREATE TABLE batch_progress (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    job_execution_id BIGINT        NOT NULL,
    step_name        VARCHAR(128)  NOT NULL,
    -- null: the step publishes no total (the console then shows an indeterminate bar)
    expected_total   BIGINT        NULL,
    -- items read, written, skipped so far, after each chunk (the job repository's own metrics of a
    -- running step cannot be read while its chunk transaction is open on MySQL: the read waits for it)
    read_count       BIGINT        NULL,
    written_count    BIGINT        NULL,
    skipped_count    BIGINT        NULL,
    failure          VARCHAR(1000) NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_batch_progress_step UNIQUE (job_execution_id, step_name)
);
