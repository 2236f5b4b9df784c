package eu.trustdesk.voucher.view;

import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.voucher.boundary.PartnerVouchers;
import eu.trustdesk.voucher.boundary.PriceListEntry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code partner/vouchers/prices.xhtml}: the partner's price list. */
@Named
@RequestScoped
public class VoucherPricesBacking {

    @EJB
    private PartnerVouchers vouchers;

    @Inject
    private LanguageBacking language;

    private List<PriceListEntry> list;

    public List<PriceListEntry> getList() {
        if (list == null) {
            list = vouchers.priceList(language.getLanguage());
        }
        return list;
    }
}
