package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The options of the organisation forms' drop-downs, in the order offered. */
@Named
@ApplicationScoped
public class OrganisationChoices {

    private static final List<Country> COUNTRIES = List.of(Country.values());
    private static final List<HolderType> HOLDER_TYPES = List.of(HolderType.values());

    public List<Country> getCountries() {
        return COUNTRIES;
    }

    public List<HolderType> getHolderTypes() {
        return HOLDER_TYPES;
    }
}
