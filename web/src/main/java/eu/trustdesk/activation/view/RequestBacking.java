package eu.trustdesk.activation.view;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.activation.boundary.ActivationFile;
import eu.trustdesk.activation.boundary.ApplicantForm;
import eu.trustdesk.activation.entity.ActivationContract;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.ActivationStatus;
import eu.trustdesk.activation.entity.ApplicantPerson;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.activation.entity.OneTimePassword;
import eu.trustdesk.organisation.boundary.IdentityForm;
import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code customer/request.xhtml?id=N}: one activation request — its state, timeline and
 * decision — and, while the applicant may change it, the wizard: 0 address and one-time
 * password, 1 holder type, 2 holder data, 3 applicant, 4 identity document, 5 contracts,
 * 6 review and submit. Every step is saved when done, so the wizard reopens where it was left.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int STEP_OTP = 0;
    public static final int STEP_HOLDER_TYPE = 1;
    public static final int STEP_HOLDER = 2;
    public static final int STEP_APPLICANT = 3;
    public static final int STEP_DOCUMENT = 4;
    public static final int STEP_CONTRACTS = 5;
    public static final int STEP_REVIEW = 6;

    @EJB
    private ActivationFile file;

    @EJB
    private MyOrganisations organisations;

    private Long id;
    private ActivationRequest request;
    private int step;
    private String otpAddress;
    private String otpCode;
    private Long organisationId;
    private IdentityForm holder = IdentityForm.unchosen();
    private ApplicantForm applicant = new ApplicantForm();
    private final Map<ContractKind, String> shownContracts = new EnumMap<>(ContractKind.class);
    private boolean contractsRead;
    private List<String> otpAddresses;
    private List<Organisation> myOrganisations;
    private eu.trustdesk.ordering.control.PaymentStanding payment;

    public void load() {
        try {
            request = file.get(id == null ? -1 : id);
        } catch (BusinessException e) {
            Pages.notFound();
            return;
        }
        step = stepOf(request.status());
        prefill();
        if (step == STEP_CONTRACTS) {
            showContracts();
        }
    }

    /** Where the wizard opens for a state: the first step not done yet. */
    static int stepOf(ActivationStatus status) {
        return switch (status) {
            case WAITING_FOR_APPLICANT -> STEP_OTP;
            case EMAIL_VERIFIED -> STEP_HOLDER_TYPE;
            case HOLDER_ENTERED -> STEP_APPLICANT;
            case APPLICANT_ENTERED -> STEP_DOCUMENT;
            case DOCUMENTS_UPLOADED -> STEP_CONTRACTS;
            default -> STEP_REVIEW;
        };
    }

    private void prefill() {
        if (request.holderType() != null) {
            holder = IdentityForm.of(request.holderName(), request.holderType(), request.holderCountry(),
                    request.holderIdentity());
        }
        ApplicantPerson person = request.applicant();
        if (person != null) {
            applicant.setFirstName(person.firstName());
            applicant.setLastName(person.lastName());
            applicant.setBirthDate(person.birthDate());
            applicant.setBirthPlace(person.birthPlace());
            applicant.setTaxCode(person.taxCode());
            applicant.setEmail(person.email());
            applicant.setPhone(person.phone());
        } else if (request.applicantAccount() != null) {
            Account account = request.applicantAccount();
            applicant.setFirstName(account.firstName());
            applicant.setLastName(account.lastName());
            applicant.setEmail(account.email());
            applicant.setPhone(account.phone());
        }
        List<String> addresses = getOtpAddresses();
        otpAddress = addresses.isEmpty() ? null : addresses.get(0);
    }

    public boolean isWizard() {
        return request != null && (request.status() == ActivationStatus.WAITING_FOR_APPLICANT
                || request.status().editable());
    }

    public List<String> getOtpAddresses() {
        if (otpAddresses == null) {
            otpAddresses = request == null ? List.of() : file.otpAddresses(id);
        }
        return otpAddresses;
    }

    public void sendOtp() {
        try {
            file.sendOtp(id, otpAddress);
            Messages.info("activation.otp.sent", otpAddress);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void confirmOtp() {
        try {
            OneTimePassword.Outcome outcome = file.confirmOtp(id, otpCode);
            otpCode = null;
            if (outcome == OneTimePassword.Outcome.VERIFIED) {
                Messages.info("activation.otp.verified");
                reload(STEP_HOLDER_TYPE);
            } else {
                Messages.error("activation.otp." + outcome.name());
            }
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Organisation> getOrganisations() {
        if (myOrganisations == null) {
            myOrganisations = organisations.list();
        }
        return myOrganisations;
    }

    /** Copies one of the customer's organisations into the holder's fields. */
    public void prefillFromOrganisation() {
        getOrganisations().stream().filter(o -> o.id().equals(organisationId)).findFirst().ifPresent(o -> {
            holder = IdentityForm.of(o.name(), o.holderType(), o.country(), o.identity());
        });
    }

    public void chooseHolderType() {
        if (holder.getHolderType() == null || holder.getCountry() == null) {
            Messages.error("error.required");
            return;
        }
        step = STEP_HOLDER;
    }

    public void saveHolder() {
        try {
            file.enterHolder(id, holder);
            reload(STEP_APPLICANT);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void saveApplicant() {
        try {
            file.enterApplicant(id, applicant);
            reload(STEP_DOCUMENT);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            byte[] content = event.getFile().getContent();
            file.uploadDocument(id, event.getFile().getFileName(), content);
            Messages.info("activation.document.accepted");
            request = file.get(id);
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (RuntimeException e) {
            Messages.error("error.document.unreadable");
        }
    }

    public void toContracts() {
        if (request.currentDocument().isEmpty()) {
            Messages.error("error.activation.documentFirst");
            return;
        }
        step = STEP_CONTRACTS;
        showContracts();
    }

    /** Produces (or fetches) the contracts shown on the page and remembers their fingerprints. */
    private void showContracts() {
        try {
            for (ContractKind kind : ContractKind.values()) {
                ActivationContract contract = file.contract(id, kind);
                shownContracts.put(kind, contract.sha256());
            }
            request = file.get(id);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void acceptContracts() {
        if (!contractsRead) {
            Messages.error("error.contract.notAccepted");
            return;
        }
        try {
            String ip = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                    .getRemoteAddr();
            for (ContractKind kind : ContractKind.values()) {
                file.acceptContract(id, kind, shownContracts.get(kind), ip);
            }
            reload(STEP_REVIEW);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void submit() {
        try {
            file.submit(id);
            Messages.info("activation.submitted");
            Pages.redirect("/customer/request.xhtml?id=" + id);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Back to an earlier step, to change what was entered there. */
    public void goTo(int target) {
        if (target >= STEP_HOLDER_TYPE && target < step && request.status().editable()) {
            step = target;
            if (step == STEP_CONTRACTS) {
                showContracts();
            }
        }
    }

    private void reload(int next) {
        request = file.get(id);
        step = request.status().toFix() ? Math.max(next, STEP_HOLDER_TYPE) : next;
    }

    public List<ContractKind> getContractKinds() {
        return List.of(ContractKind.values());
    }

    public String shownSha(ContractKind kind) {
        return shownContracts.get(kind);
    }

    public String getAccessLink() {
        return request == null ? null : file.accessLink(id);
    }

    /** Where the order's payment stands: the review step says why submission waits for it. */
    public eu.trustdesk.ordering.control.PaymentStanding getPayment() {
        if (payment == null && request != null) {
            payment = file.payment(id);
        }
        return payment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivationRequest getRequest() {
        return request;
    }

    public int getStep() {
        return step;
    }

    public String getOtpAddress() {
        return otpAddress;
    }

    public void setOtpAddress(String otpAddress) {
        this.otpAddress = otpAddress;
    }

    public String getOtpCode() {
        return otpCode;
    }

    public void setOtpCode(String otpCode) {
        this.otpCode = otpCode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public IdentityForm getHolder() {
        return holder;
    }

    public ApplicantForm getApplicant() {
        return applicant;
    }

    public boolean isContractsRead() {
        return contractsRead;
    }

    public void setContractsRead(boolean contractsRead) {
        this.contractsRead = contractsRead;
    }
}
