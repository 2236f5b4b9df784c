/**
 * The batch runtime as TrustDesk uses it: the batch console's boundary ({@link
 * eu.trustdesk.platform.batch.BatchRuns}: executions of every job, restart, stop) and the progress
 * convention the jobs follow. The jobs themselves live in the package of their capability
 * ({@code eu.trustdesk.voucher.batch}, {@code eu.trustdesk.invoicing.batch}, ...), one XML each
 * under {@code META-INF/batch-jobs/}.
 *
 * <p><b>Progress convention</b>, for any chunk job that wants a progress bar and a readable error
 * in the console (chorus-export follows it):
 * <ol>
 * <li>its reader, in {@code open}, publishes how many items it expects to read in this execution
 *     (on a restart: what is left after the checkpoint):
 *     {@code progress.expect(jobContext.getExecutionId(), stepContext.getStepName(), total)} with an
 *     injected {@link eu.trustdesk.platform.batch.BatchProgressStore};</li>
 * <li>its step declares the reusable listener {@code <listener ref="batchProgressListener"/>},
 *     which records the root cause of a failure.</li>
 * </ol>
 * The console then shows read items (the step's READ_COUNT, updated at each checkpoint) against
 * that total. A job that does neither still appears, with its counts, an indeterminate bar while it
 * runs, and its exit status as error. Who sees which job: {@link eu.trustdesk.platform.batch.JobOwners}.
 */
package eu.trustdesk.platform.batch;
