package eu.trustdesk.account.view;

import eu.trustdesk.account.control.ConsentTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The versions of the consent texts, shown with them so that a reader knows which wording applies. */
@Named
@ApplicationScoped
public class ConsentTextsBacking {

    public String getPrivacyNoticeVersion() {
        return ConsentTexts.PRIVACY_NOTICE_VERSION;
    }
}
