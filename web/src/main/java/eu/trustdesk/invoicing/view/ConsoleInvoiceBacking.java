package eu.trustdesk.invoicing.view;

import eu.trustdesk.invoicing.boundary.InvoiceRegister;
import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.invoicing.boundary.ValidationReport;
import eu.trustdesk.invoicing.entity.ExportProblem;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code console/invoice.xhtml?id=N}: one invoice or credit note as issued, its check against
 * EN 16931 in both syntaxes, its Chorus Pro export (references completed before it leaves, sent
 * again after a rejection) and the credit note that cancels an invoice.
 *
 * <p>View scoped: the forms of the page need the id after the view parameter is gone. The
 * documents are not serialisable, hence transient and loaded again from the id when needed.
 */
@Named
@ViewScoped
public class ConsoleInvoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceRegister register;

    private Long id;
    private String reason;
    private String serviceCode;
    private String commitment;
    private String reopenReason;
    private transient List<ExportProblem> exportProblems;
    private transient Invoice invoice;
    private transient boolean relatedLoaded;
    private transient Invoice creditNote;
    private transient Long creditedId;
    private transient List<Check> checks;

    /** The findings of one syntax, for the page. */
    public record Check(ExportSyntax syntax, ValidationReport report) {
    }

    /** {@code f:viewAction}: an unknown id gets the 404 page. */
    public void load() {
        if (getInvoice() == null) {
            Pages.notFound();
        }
    }

    /** Writes the document in each syntax and checks it as the export would. */
    public void check() {
        List<Check> done = new ArrayList<>();
        try {
            for (ExportSyntax syntax : ExportSyntax.values()) {
                done.add(new Check(syntax, register.validate(id, syntax)));
            }
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        checks = done;
    }

    /** Issues the credit note that cancels this invoice, then shows it. */
    public void issueCreditNote() {
        Invoice note;
        try {
            note = register.creditNote(id, reason);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        Messages.info("console.invoice.creditNote.issued", note.number());
        Pages.redirect("/console/invoice.xhtml?id=" + note.id());
    }

    /**
     * What the confirmation asked before issuing says: which invoice, whose, for how much, and
     * that the credit note cannot be withdrawn (it takes a number of an uninterrupted sequence).
     */
    public String getCreditNoteConsequence() {
        Invoice invoice = getInvoice();
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.text.NumberFormat amount = java.text.NumberFormat.getCurrencyInstance(locale);
        amount.setCurrency(java.util.Currency.getInstance(invoice.currency()));
        return Messages.text(locale, "console.invoice.creditNote.confirm", invoice.number(), invoice.payerName(),
                amount.format(invoice.totalIncludingVat()));
    }

    /** Completes or corrects the Chorus Pro references; the next export run sends them. */
    public String completeReferences() {
        try {
            register.completeChorusReferences(id, serviceCode, commitment);
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("console.invoice.chorus.references.saved");
        return self();
    }

    /** Puts the invoice back in the queue of the next export, after Chorus Pro rejected it. */
    public String reopenForExport() {
        try {
            register.reopenForExport(id, reopenReason);
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("console.invoice.chorus.reopened");
        return self();
    }

    private String self() {
        return "/console/invoice?faces-redirect=true&id=" + id;
    }

    /** Why the export refused this invoice, most recent first. */
    public List<ExportProblem> getExportProblems() {
        if (exportProblems == null && getInvoice() != null) {
            exportProblems = register.exportProblems(id);
        }
        return exportProblems;
    }

    /**
     * Loaded on first use rather than only by the view action, which does not run when a form of
     * the page is posted: the page must still show the invoice when an action is refused.
     */
    public Invoice getInvoice() {
        if (invoice == null && id != null) {
            try {
                invoice = register.get(id);
            } catch (BusinessException notFound) {
                return null;
            }
        }
        return invoice;
    }

    /** The credit note that cancelled this invoice; null while there is none, and for a credit note. */
    public Invoice getCreditNote() {
        loadRelated();
        return creditNote;
    }

    /** For a credit note, the id of the invoice it cancels, for a link to it. */
    public Long getCreditedId() {
        loadRelated();
        return creditedId;
    }

    private void loadRelated() {
        if (relatedLoaded || getInvoice() == null) {
            return;
        }
        if (invoice.isCreditNote()) {
            creditedId = register.idOf(invoice.creditedNumber());
        } else {
            creditNote = register.creditNoteOf(id);
        }
        relatedLoaded = true;
    }

    /** The findings per syntax once checked; null before. */
    public List<Check> getChecks() {
        return checks;
    }

    public int getServiceCodeLength() {
        return Invoice.BUYER_REFERENCE_LENGTH;
    }

    public int getCommitmentLength() {
        return Invoice.PURCHASE_ORDER_LENGTH;
    }

    /** The form starts from the references the invoice has. */
    public String getServiceCode() {
        return serviceCode == null && getInvoice() != null ? invoice.buyerReference() : serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getCommitment() {
        return commitment == null && getInvoice() != null ? invoice.purchaseOrderReference() : commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public int getReasonLength() {
        return Invoice.REASON_LENGTH;
    }

    public String getRulesVersion() {
        return register.rulesVersion();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
