package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.IdentityForm;
import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code customer/organisation-edit.xhtml[?id=N]}: creates an organisation, or changes the
 * identity of one. View-scoped: the fields shown follow the country and holder type chosen.
 */
@Named
@ViewScoped
public class OrganisationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyOrganisations organisations;

    private Long id;

    private IdentityForm form = new IdentityForm();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            Organisation organisation = organisations.get(id);
            form = IdentityForm.of(organisation.name(), organisation.holderType(), organisation.country(),
                    organisation.identity());
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void save() {
        try {
            Organisation saved = id == null ? organisations.create(form) : organisations.changeIdentity(id, form);
            Messages.info("organisation.saved");
            Pages.redirect("/customer/organisation.xhtml?id=" + saved.id());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public IdentityForm getForm() {
        return form;
    }
}
