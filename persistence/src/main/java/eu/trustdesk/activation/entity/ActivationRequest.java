package eu.trustdesk.activation.entity;

import eu.trustdesk.account.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The certificate (or plan) request of one unit sold, in its applicant's customer area. Until
 * the applicant has an account or has followed the link of the order's mail, it is known by the
 * applicant's e-mail address only.
 */
@Entity
@Table(name = "activation_request")
@NamedQuery(name = ActivationRequest.OF_ACCOUNT,
        query = "select r from ActivationRequest r where r.applicantAccount = :account order by r.createdAt desc")
@NamedQuery(name = ActivationRequest.OF_ORDER,
        query = "select r from ActivationRequest r where r.orderNumber = :order order by r.id")
public class ActivationRequest {

    public static final String OF_ACCOUNT = "ActivationRequest.ofAccount";
    public static final String OF_ORDER = "ActivationRequest.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_number", length = 20)
    private String orderNumber;

    @Column(name = "sku", nullable = false, length = 40)
    private String sku;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(name = "validity_years", nullable = false)
    private int validityYears;

    @Column(name = "applicant_email", nullable = false, length = 254)
    private String applicantEmail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applicant_account_id")
    private Account applicantAccount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ActivationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ActivationRequest() {
        // for JPA
    }

    public ActivationRequest(String orderNumber, String sku, String productName, int validityYears,
            String applicantEmail, Account applicantAccount, Instant now) {
        this.orderNumber = orderNumber;
        this.sku = Objects.requireNonNull(sku, "sku");
        this.productName = productName.length() > 200 ? productName.substring(0, 200) : productName;
        this.validityYears = validityYears;
        this.applicantEmail = applicantEmail.strip().toLowerCase(Locale.ROOT);
        this.applicantAccount = applicantAccount;
        this.status = ActivationStatus.WAITING_FOR_APPLICANT;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The applicant signed in through the order's link: the request is now in their customer area. */
    public void assignTo(Account applicant) {
        this.applicantAccount = Objects.requireNonNull(applicant, "applicant");
    }

    public boolean belongsTo(Account account) {
        return applicantAccount != null && applicantAccount.id().equals(account.id());
    }

    public Long id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String sku() {
        return sku;
    }

    public String productName() {
        return productName;
    }

    public int validityYears() {
        return validityYears;
    }

    public String applicantEmail() {
        return applicantEmail;
    }

    public Account applicantAccount() {
        return applicantAccount;
    }

    public ActivationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
