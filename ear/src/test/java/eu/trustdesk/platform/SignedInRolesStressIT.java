package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.platform.batch.BatchJobs;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every signed-in request reaches the boundaries with its own roles — never none, never another
 * session's — while batch jobs start, run and stop and other sessions of other roles talk to the
 * server at the same time.
 *
 * <p>Why this test exists: with Jakarta Security's {@code @AutoApplySession}, Payara 6.2025.9
 * restores a signed-in session's groups through the server-wide shared "default" security
 * context, which concurrent requests overwrite and clear; under concurrency a request then
 * reached the EJB boundaries with no role ("access refused" for an administrator, about once in
 * five full runs of the suite). The authentication mechanism now keeps the caller and its groups
 * in the HTTP session and hands them to the container afresh on every request. The same test
 * found the batch console failing with an error page whenever it was read while a run was being
 * created (a NullPointerException inside jbatch, see {@link BatchJobs}).
 */
@ExtendWith(ArquillianExtension.class)
class SignedInRolesStressIT {

    private static final URI BASE = URI.create("http://127.0.0.1:8080/");
    private static final int REQUESTS_PER_SESSION = 60;
    private static final String VOUCHER_EXPIRY = "voucher-expiry";
    /** How the console marks a run's job (its label is in the reader's language). */
    private static final String JOB_CELL = "data-job=\"" + VOUCHER_EXPIRY + "\"";

    /** Jobs are started as the product starts them: the console shows only what this bean started. */
    @Inject
    private BatchJobs jobs;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    /** What one signed-in session asks for, and how to tell the page it got was built with its roles. */
    private record Visit(String email, String page, Predicate<String> ownRoles, String expected) {
    }

    @Test
    void everyRequestSeesItsOwnRolesWhileJobsStartRunAndStop() throws Exception {
        // a finished run of the administrators' job, so that their console lists it and an accountant's must not
        awaitEnd(jobs.start(VOUCHER_EXPIRY, expiryAsOfNow()));

        List<Visit> visits = List.of(
                new Visit(DemoAccounts.ADMIN, "console/batch.xhtml",
                        body -> body.contains("id=\"runs\"") && body.contains(JOB_CELL),
                        "the batch console with the administrators' voucher expiry"),
                new Visit(DemoAccounts.ADMIN, "console/batch.xhtml",
                        body -> body.contains("id=\"runs\"") && body.contains(JOB_CELL),
                        "the batch console with the administrators' voucher expiry"),
                new Visit(DemoAccounts.ACCOUNTANT, "console/batch.xhtml",
                        body -> body.contains("id=\"runs\"") && !body.contains(JOB_CELL),
                        "the batch console without the administrators' job"),
                new Visit(DemoAccounts.ACCOUNTANT, "console/invoices.xhtml",
                        body -> body.contains("id=\"invoices\""), "the invoice register"),
                new Visit(DemoAccounts.VALIDATOR, "console/requests.xhtml",
                        body -> body.contains("id=\"filter\""), "the validation queue"),
                new Visit(DemoAccounts.CUSTOMER, "customer/orders.xhtml",
                        body -> body.contains("id=\"orders\""), "the customer's orders"),
                new Visit(DemoAccounts.BUYER, "customer/orders.xhtml",
                        body -> body.contains("id=\"orders\""), "the customer's orders"));
        List<WebSession> sessions = new ArrayList<>();
        for (Visit visit : visits) {
            WebSession session = new WebSession(BASE, "en");
            assertEquals(302, session.signIn(visit.email(), DemoAccounts.PASSWORD).statusCode(), visit.email());
            sessions.add(session);
        }

        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        ExecutorService visitors = Executors.newFixedThreadPool(visits.size() + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < visits.size(); i++) {
                Visit visit = visits.get(i);
                WebSession session = sessions.get(i);
                running.add(visitors.submit(() -> {
                    for (int n = 0; n < REQUESTS_PER_SESSION; n++) {
                        HttpResponse<String> page = session.get(visit.page());
                        if (page.statusCode() != 200 || !visit.ownRoles().test(page.body())) {
                            wrong.add(visit.email() + " request " + n + " of " + visit.page() + ": HTTP "
                                    + page.statusCode() + page.headers().firstValue("Location").map(l -> " to " + l)
                                            .orElse("") + ", not " + visit.expected());
                        }
                    }
                }));
            }
            // anonymous visitors at the same time: their requests use the server's unauthenticated context
            running.add(visitors.submit(() -> {
                WebSession anonymous = new WebSession(BASE, "en");
                for (int n = 0; n < REQUESTS_PER_SESSION; n++) {
                    anonymous.forgetCookies();
                    if (anonymous.get("index.xhtml").statusCode() != 200) {
                        wrong.add("anonymous request " + n + " refused");
                    }
                }
            }));

            // meanwhile, jobs start, run and are stopped one after the other
            int started = 0;
            while (running.stream().anyMatch(f -> !f.isDone())) {
                long execution = jobs.start(VOUCHER_EXPIRY, expiryAsOfNow());
                started++;
                if (started % 2 == 0) {
                    try {
                        jobs.stop(execution);
                    } catch (RuntimeException alreadyOver) {
                        // the run was quicker than the stop: nothing to stop
                    }
                }
                awaitEnd(execution);
            }
            for (Future<?> visitor : running) {
                visitor.get(5, TimeUnit.MINUTES);
            }
            assertTrue(started > 1, "jobs ran during the requests: " + started);
        } finally {
            visitors.shutdownNow();
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + (visits.size() + 1) * REQUESTS_PER_SESSION
                + " requests did not see their own roles");
    }

    /** The parameters the voucher console starts the expiry with. */
    private static Properties expiryAsOfNow() {
        Properties parameters = new Properties();
        parameters.setProperty("asOf", java.time.Instant.now().toString());
        return parameters;
    }

    private BatchStatus awaitEnd(long execution) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            BatchStatus status = jobs.execution(execution).orElseThrow().getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + execution + " did not end within two minutes");
    }
}
