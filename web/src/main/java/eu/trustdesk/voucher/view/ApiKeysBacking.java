package eu.trustdesk.voucher.view;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.boundary.ApiKeyRow;
import eu.trustdesk.voucher.boundary.PartnerVouchers;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code partner/vouchers/api-keys.xhtml}: the partner's API keys; a new key's secret is shown on
 * this view only, once (view scope, never stored in clear).
 */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerVouchers vouchers;

    private String label;
    private String newSecret;
    private List<ApiKeyRow> list;

    public void create() {
        try {
            newSecret = vouchers.createApiKey(label);
            label = null;
            list = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void revoke(long keyId) {
        try {
            vouchers.revokeApiKey(keyId);
            newSecret = null;
            list = null;
            Messages.info("voucher.apiKeys.revokedDone");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<ApiKeyRow> getList() {
        if (list == null) {
            list = vouchers.apiKeys();
        }
        return list;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
