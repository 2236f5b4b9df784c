/**
 * The batch runtime as TrustDesk uses it: the batch console's boundary ({@link
 * eu.trustdesk.platform.batch.BatchRuns}: executions of every job, restart, stop), the one bean
 * that starts every job ({@link eu.trustdesk.platform.batch.BatchJobs}) and the progress
 * convention the jobs follow. The jobs themselves live in the package of their capability
 * ({@code eu.trustdesk.voucher.batch}, {@code eu.trustdesk.invoicing.batch}, ...), one XML each
 * under {@code META-INF/batch-jobs/}.
 *
 * <p><b>Starting a job</b>: always {@code batchJobs.start(...)} or {@code startOrJoin(...)} (an
 * injected {@link eu.trustdesk.platform.batch.BatchJobs}), never
 * {@code BatchRuntime.getJobOperator().start(...)}: Payara shows a job instance only to the
 * component (for an EJB, the very bean) that started it, so a job started elsewhere would run but
 * never appear in the console, nor be restartable from it.
 *
 * <p><b>Progress convention</b>, for any chunk job that wants a progress bar and a readable error
 * in the console (chorus-export follows it):
 * <ol>
 * <li>its reader, in {@code open}, publishes how many items it expects to read in this execution
 *     (on a restart: what is left after the checkpoint):
 *     {@code progress.expect(jobContext.getExecutionId(), stepContext.getStepName(), total)} with an
 *     injected {@link eu.trustdesk.platform.batch.BatchProgressStore};</li>
 * <li>its step declares the reusable listener {@code <listener ref="batchProgressListener"/>},
 *     which keeps the step's counts after each chunk and records the root cause of a failure.</li>
 * </ol>
 * The console then shows read items against that total: while the step runs, the counts the
 * listener kept (on MySQL the job repository's metrics of a running step cannot be read before its
 * chunk commits); once it has ended, the repository's metrics. A job that does neither still
 * appears, with its counts once ended, an indeterminate bar while it runs, and its exit status. Who sees which job: {@link eu.trustdesk.platform.batch.JobOwners}.
 */
package eu.trustdesk.platform.batch;
