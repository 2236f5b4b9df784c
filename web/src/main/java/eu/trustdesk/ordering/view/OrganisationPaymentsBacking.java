package eu.trustdesk.ordering.view;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.ordering.boundary.ClientContracts;
import eu.trustdesk.ordering.boundary.ContractForm;
import eu.trustdesk.ordering.boundary.PrepaidAccounts;
import eu.trustdesk.ordering.boundary.PrepaidStatement;
import eu.trustdesk.ordering.entity.ClientContract;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.organisation.view.ConsoleOrganisationBacking;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The "prepaid account" and "contract" panels of {@code console/organisation.xhtml?id=}, kept apart
 * from {@link ConsoleOrganisationBacking}, whose organisation id they share. The page shows them to
 * accountants and administrators; topping up is theirs, contracts are made and terminated by
 * administrators only. The boundaries refuse anyone else whatever the page shows.
 */
@Named
@RequestScoped
public class OrganisationPaymentsBacking {

    private static final String SELF = "/console/organisation?faces-redirect=true&includeViewParams=true";

    @Inject
    private ConsoleOrganisationBacking page;

    @EJB
    private PrepaidAccounts prepaidAccounts;

    @EJB
    private ClientContracts clientContracts;

    @Inject
    private Clock clock;

    private LocalDate today;
    private BigDecimal amount;
    private String note;
    private ContractForm contract;
    private PrepaidStatement prepaid;
    private List<ClientContract> contracts;

    @Inject
    private jakarta.security.enterprise.SecurityContext security;

    @PostConstruct
    void init() {
        today = BusinessCalendar.dayOf(clock.instant());
        contract = ContractForm.forOneYearFrom(today);
    }

    public String topUp() {
        try {
            prepaidAccounts.topUp(page.getId(), amount, note);
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("console.prepaid.toppedUp");
        return SELF;
    }

    public String createContract() {
        try {
            ClientContract created = clientContracts.create(page.getId(), contract);
            Messages.info("console.contract.created", created.number());
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        return SELF;
    }

    public String terminate(long contractId) {
        try {
            clientContracts.terminate(contractId);
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("console.contract.terminated");
        return SELF;
    }

    /** Only accountants and administrators see these panels; nothing is asked for anyone else. */
    private boolean allowed() {
        return security.isCallerInRole(Role.Names.ACCOUNTANT) || security.isCallerInRole(Role.Names.ADMIN);
    }

    public PrepaidStatement getPrepaid() {
        if (prepaid == null && page.getId() != null && allowed()) {
            prepaid = prepaidAccounts.of(page.getId());
        }
        return prepaid;
    }

    /** Every contract of the organisation, latest first. */
    public List<ClientContract> getContracts() {
        if (contracts == null) {
            contracts = page.getId() == null || !allowed() ? List.of() : clientContracts.of(page.getId());
        }
        return contracts;
    }

    /** The contract the organisation's orders go on today, if any. */
    public ClientContract getCurrentContract() {
        Optional<ClientContract> current = getContracts().stream().filter(c -> c.isActiveOn(today)).findFirst();
        return current.orElse(null);
    }

    public int getMaxMovements() {
        return PrepaidAccounts.MAX_MOVEMENTS;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ContractForm getContract() {
        return contract;
    }
}
