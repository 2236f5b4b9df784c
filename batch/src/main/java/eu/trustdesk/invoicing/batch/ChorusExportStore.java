package eu.trustdesk.invoicing.batch;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.AccountStatus;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.invoicing.boundary.Finding;
import eu.trustdesk.invoicing.control.InvoiceIssuer;
import eu.trustdesk.invoicing.boundary.ValidationReport;
import eu.trustdesk.invoicing.entity.ExportFlow;
import eu.trustdesk.invoicing.entity.ExportProblem;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.organisation.entity.Country;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The database side of the Chorus Pro export, for the job's artifacts. Its methods join the
 * caller's transaction: called from a reader, processor or writer they run in the chunk
 * transaction, so that a flow, the invoices it marks and the problems found commit together with
 * the reader's checkpoint, or not at all.
 *
 * <p>That chunk transaction holds two resources: this application's data source (non-XA) and the
 * job repository, Payara's {@code jdbc/__TimerPool}. The latter is declared as an
 * {@code XADataSource} in Payara's default domain, so the transaction manager commits the one
 * non-XA resource last (last-agent optimisation) and "Local transaction already has 1 non-XA
 * Resource" does not arise. Should the repository move to a non-XA pool, share the application's
 * pool or make it XA (see STACK.md). Exactly-once does not rest on the checkpoint anyway: an
 * invoice is read only while it is not marked exported, and marking it twice fails (its
 * {@code @Version} and {@link Invoice#markExported}), which rolls the second chunk back. The methods
 * that write a chunk's outcome are {@code MANDATORY}: they never commit on their own.
 *
 * <p>One run at a time is assumed ({@link ChorusExports#start} joins a running one): a second run's
 * {@link #publishPending} could otherwise delete the temporary zip of the first run's open chunk.
 */
@Stateless
public class ChorusExportStore {

    /** The mails' bundle, for the words of the summary that are not a template of their own. */
    private static final String MAIL_BUNDLE = "eu.trustdesk.notification.mail";

    private static final Logger LOG = Logger.getLogger(ChorusExportStore.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailOutbox mails;

    /** Up to {@code max} ids of invoices for Chorus Pro not exported yet, after {@code afterId}, in order. */
    public List<Long> pendingIds(long afterId, int max) {
        return em.createNamedQuery(Invoice.CHORUS_PENDING, Long.class).setParameter("country", Country.FR)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** How many invoices {@link #pendingIds} still has to give after {@code afterId}: the progress bar's total. */
    public long pendingCount(long afterId) {
        return em.createQuery("select count(i) from Invoice i where i.payerPublicBody = true"
                + " and i.payerCountry = :country and i.exportedAt is null and i.id > :after", Long.class)
                .setParameter("country", Country.FR).setParameter("after", afterId).getSingleResult();
    }

    /**
     * The invoice to export, locked until the chunk commits: an accountant completing its
     * references meanwhile waits, then finds it exported, rather than changing a document that is
     * already on its way.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Invoice invoice(long id) {
        return em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Records why {@code invoice} was not exported: one problem per failed rule. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void refused(Invoice invoice, Long jobExecutionId, ValidationReport report) {
        Instant now = clock.instant();
        List<Finding> errors = report.errors();
        for (Finding error : errors) {
            em.persist(new ExportProblem(invoice, jobExecutionId, error.ruleId(), error.toString(), now));
        }
        if (errors.isEmpty()) {
            // not exportable without an error finding: nothing was written
            em.persist(new ExportProblem(invoice, jobExecutionId, "TD-EXPORT-EMPTY", report.describe(), now));
        }
        LOG.log(Level.INFO, "Chorus export refused {0}: {1}", new Object[] {invoice.number(), report.errorRuleIds()});
    }

    /**
     * A new flow of today (in Paris) with the next free number of the day, and its invoices marked
     * exported in it; flushed, so that a conflict shows before the zip is written.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ExportFlow newFlow(String syntax, List<Long> invoiceIds, Path directory, Long jobExecutionId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, InvoiceIssuer.LEGAL_ZONE);
        long ofToday = em.createNamedQuery(ExportFlow.COUNT_OF_PREFIX, Long.class)
                .setParameter("prefix", ExportFlow.dayPrefix(today) + "%").getSingleResult();
        ExportFlow flow = new ExportFlow((int) ofToday + 1, today, syntax, invoiceIds.size(),
                directory.toAbsolutePath().toString(), jobExecutionId, now);
        for (Long id : invoiceIds) {
            // markExported refuses an invoice exported twice: the chunk then rolls back as a whole
            flow.carry(em.find(Invoice.class, id), now);
        }
        em.persist(flow);
        em.flush();
        return flow;
    }

    /**
     * Moves the zips of committed flows to their final names and marks them published; deletes
     * temporary zips left by chunks that rolled back (no committed flow of that name). Run before
     * and after each job, so a crash between a chunk's commit and its move is repaired by the next run.
     *
     * @return the flows still without a zip: their invoices are marked exported but the file is
     *         lost, which needs a person (logged as SEVERE)
     */
    public List<String> publishPending(Path directory) {
        List<ExportFlow> written = em.createNamedQuery(ExportFlow.WITH_STATUS, ExportFlow.class)
                .setParameter("status", ExportFlow.Status.WRITTEN).getResultList();
        List<String> missing = new ArrayList<>();
        for (ExportFlow flow : written) {
            try {
                if (FlowArchive.publish(directory, flow.fileName())) {
                    flow.published(clock.instant());
                } else {
                    missing.add(flow.name());
                    LOG.log(Level.SEVERE, "Chorus flow {0} is committed but its zip is missing from {1}",
                            new Object[] {flow.name(), directory});
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path orphan : files.filter(this::isOrphan).toList()) {
                    Files.deleteIfExists(orphan);
                    LOG.log(Level.INFO, "Deleted {0}: its chunk rolled back", orphan);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return missing;
    }

    private boolean isOrphan(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(ExportFlow.PREFIX) || !name.endsWith(".zip" + FlowArchive.TEMPORARY_SUFFIX)) {
            return false;
        }
        String flowName = name.substring(0, name.length() - (".zip" + FlowArchive.TEMPORARY_SUFFIX).length());
        return em.createQuery("select count(f) from ExportFlow f where f.name = :name", Long.class)
                .setParameter("name", flowName).getSingleResult() == 0;
    }

    /** What one execution did, for the summary mail. */
    public Summary summary(long jobExecutionId) {
        List<ExportFlow> flows = em.createNamedQuery(ExportFlow.OF_EXECUTION, ExportFlow.class)
                .setParameter("execution", jobExecutionId).getResultList();
        long refused = em.createNamedQuery(ExportProblem.COUNT_OF_EXECUTION, Long.class)
                .setParameter("execution", jobExecutionId).getSingleResult();
        return new Summary(flows.stream().mapToInt(ExportFlow::invoiceCount).sum(), refused,
                flows.stream().map(ExportFlow::name).toList());
    }

    /**
     * Queues the summary mail for every active accountant, in their language: the run's status
     * and the flows whose zip is missing are written in it, not as the batch runtime's codes.
     */
    public int mailSummary(Summary summary, BatchStatus batchStatus, List<String> missingZips, String link) {
        List<Account> accountants = em.createQuery("select a from Account a where :role member of a.roles"
                + " and a.status = :status order by a.id", Account.class)
                .setParameter("role", Role.ACCOUNTANT).setParameter("status", AccountStatus.ACTIVE).getResultList();
        String flows = summary.flowNames().isEmpty() ? "-" : String.join(", ", summary.flowNames());
        for (Account accountant : accountants) {
            ResourceBundle texts = ResourceBundle.getBundle(MAIL_BUNDLE, accountant.language().locale(),
                    ChorusExportStore.class.getClassLoader());
            String status = texts.getString("chorus.status." + batchStatus.name()) + (missingZips.isEmpty() ? ""
                    : " – " + new MessageFormat(texts.getString("chorus.zipMissing"), accountant.language().locale())
                            .format(new Object[] {String.join(", ", missingZips)}));
            mails.queue(accountant.email(), accountant.language(), "chorus.summary", accountant.displayName(), link,
                    String.valueOf(summary.exported()), String.valueOf(summary.refused()),
                    String.valueOf(summary.flowNames().size()), flows, status);
        }
        return accountants.size();
    }

    public List<ExportFlow> recentFlows(int max) {
        return em.createNamedQuery(ExportFlow.RECENT, ExportFlow.class).setMaxResults(max).getResultList();
    }

    public List<ExportProblem> recentProblems(int max) {
        return em.createNamedQuery(ExportProblem.RECENT, ExportProblem.class).setMaxResults(max).getResultList();
    }

    /** One flow with its items loaded; null when there is none of that name. */
    public ExportFlow flowNamed(String name) {
        ExportFlow flow = em.createNamedQuery(ExportFlow.BY_NAME, ExportFlow.class).setParameter("name", name)
                .getResultStream().findFirst().orElse(null);
        if (flow != null) {
            flow.items().size();
        }
        return flow;
    }

    /** The problems one execution found, by invoice number. */
    public List<ExportProblem> problemsOf(long jobExecutionId) {
        return em.createNamedQuery(ExportProblem.OF_EXECUTION, ExportProblem.class)
                .setParameter("execution", jobExecutionId).getResultList();
    }

    /** The flow each of these invoices is exported in now (absent: not exported, e.g. reopened). */
    public Map<Long, String> currentFlows(List<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> flows = new HashMap<>();
        em.createQuery("select i.id, i.exportFlow from Invoice i where i.id in :ids and i.exportFlow is not null",
                Object[].class).setParameter("ids", invoiceIds).getResultList()
                .forEach(row -> flows.put((Long) row[0], (String) row[1]));
        return flows;
    }

    /** Invoices exported, invoices refused (each counted once) and the flows of one execution. */
    public record Summary(int exported, long refused, List<String> flowNames) {
    }
}
