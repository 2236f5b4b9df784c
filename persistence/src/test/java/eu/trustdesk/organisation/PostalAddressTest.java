package eu.trustdesk.organisation;

import static eu.trustdesk.organisation.LegalIdentityTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.PostalAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressTest {

    @Test
    void aFrenchAddressNeedsNoProvince() {
        PostalAddress address = PostalAddress.of(" 12 rue de la Paix ", " ", " 75002 ", " Paris ", "XX", Country.FR);
        assertEquals("12 rue de la Paix", address.line1());
        assertNull(address.line2());
        assertEquals("75002", address.postalCode());
        assertEquals("Paris", address.city());
        assertNull(address.province(), "France has no province in addresses");
        assertEquals("12 rue de la Paix\n75002 Paris\nFRANCE", address.formatted());
    }

    @Test
    void anItalianAddressCarriesItsProvinceInCapitals() {
        PostalAddress address = PostalAddress.of("Via Roma 1", "Scala B", "00184", "Roma", " rm ", Country.IT);
        assertEquals("RM", address.province());
        assertEquals("Via Roma 1\nScala B\n00184 Roma (RM)\nITALIA", address.formatted());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"R", "ROM", "R1", "Roma"})
    void anItalianAddressWithoutATwoLetterProvinceIsRefused(String province) {
        refused("error.address.province", () -> PostalAddress.of("Via Roma 1", null, "00184", "Roma", province, Country.IT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7500", "750020", "75 002", "2A004", "F-75002"})
    void thePostalCodeHasFiveDigits(String postalCode) {
        refused("error.address.postalCode", () -> PostalAddress.of("1 rue X", null, postalCode, "Paris", null, Country.FR));
        refused("error.address.postalCode", () -> PostalAddress.of("Via X 1", null, postalCode, "Roma", "RM", Country.IT));
    }

    @Test
    void theStreetCityAndCountryAreRequired() {
        refused("error.address.line1", () -> PostalAddress.of(" ", null, "75002", "Paris", null, Country.FR));
        refused("error.address.city", () -> PostalAddress.of("1 rue X", null, "75002", null, null, Country.FR));
        refused("error.address.country", () -> PostalAddress.of("1 rue X", null, "75002", "Paris", null, null));
    }

    @Test
    void overlongPartsAreRefused() {
        String line = "x".repeat(PostalAddress.LINE_LENGTH);
        assertEquals(line, PostalAddress.of(line, line, "75002", "Paris", null, Country.FR).line1());
        refused("error.address.line1", () -> PostalAddress.of(line + "x", null, "75002", "Paris", null, Country.FR));
        refused("error.address.line2", () -> PostalAddress.of("1 rue X", line + "x", "75002", "Paris", null, Country.FR));
        refused("error.address.city",
                () -> PostalAddress.of("1 rue X", null, "75002", "x".repeat(PostalAddress.CITY_LENGTH + 1), null, Country.FR));
    }
}
