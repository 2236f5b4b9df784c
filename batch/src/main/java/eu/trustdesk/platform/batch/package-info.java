/**
 * The batch runtime as TrustDesk uses it: listing, starting and restarting job executions for the
 * batch console. The jobs themselves live in the package of their capability
 * ({@code eu.trustdesk.voucher.batch}, {@code eu.trustdesk.invoicing.batch}, ...), one XML each
 * under {@code META-INF/batch-jobs/}.
 */
package eu.trustdesk.platform.batch;
