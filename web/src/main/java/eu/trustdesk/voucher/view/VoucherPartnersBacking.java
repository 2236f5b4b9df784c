package eu.trustdesk.voucher.view;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.batch.VoucherExpiries;
import eu.trustdesk.voucher.boundary.VoucherPartners;
import eu.trustdesk.voucher.boundary.VoucherPartners.OrganisationChoice;
import eu.trustdesk.voucher.boundary.VoucherPartners.PartnerSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** {@code console/voucher-partners.xhtml}: every partner account, its voucher switch, payer organisation and discount. */
@Named
@ViewScoped
public class VoucherPartnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private VoucherPartners partners;

    @EJB
    private VoucherExpiries expiries;

    private List<Row> rows;

    @PostConstruct
    void init() {
        rows = partners.partners().stream().map(p -> new Row(p, partners.organisationsOf(p.accountId()))).toList();
    }

    public void save(Row row) {
        try {
            partners.configure(row.settings.accountId(), row.enabled, row.organisationId, row.discount);
            Messages.info("console.voucherPartners.saved", row.settings.email());
            init();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Starts the voucher expiry now, as the night does. */
    public void expireNow() {
        Messages.info("console.voucherPartners.expiryStarted", expiries.start());
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One partner as edited in the table. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final PartnerSettings settings;
        private final List<OrganisationChoice> organisations;
        private boolean enabled;
        private Long organisationId;
        private BigDecimal discount;

        Row(PartnerSettings settings, List<OrganisationChoice> organisations) {
            this.settings = settings;
            this.organisations = organisations;
            this.enabled = settings.enabled();
            this.organisationId = settings.organisationId();
            this.discount = settings.discountPercent();
        }

        public PartnerSettings getSettings() {
            return settings;
        }

        public List<OrganisationChoice> getOrganisations() {
            return organisations;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public BigDecimal getDiscount() {
            return discount;
        }

        public void setDiscount(BigDecimal discount) {
            this.discount = discount;
        }
    }
}
