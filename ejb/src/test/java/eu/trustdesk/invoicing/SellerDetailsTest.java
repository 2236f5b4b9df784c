package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.entity.Seller;
import java.math.BigInteger;
import java.util.Properties;
import org.apache.commons.validator.routines.IBANValidator;
import org.junit.jupiter.api.Test;

/** The fictitious seller of the demo and the tests is one an invoice can be issued by. */
class SellerDetailsTest {

    @Test
    void theDefaultSellerHasValidIdentifiersAndBankDetails() {
        Seller seller = TestInvoices.seller(); // refuses an invalid SIRET, VAT number, IBAN or BIC
        long siren = Long.parseLong(seller.siren());
        assertEquals(String.format("FR%02d%s", (12 + 3 * (siren % 97)) % 97, seller.siren()), seller.vatNumber());
        assertTrue(IBANValidator.getInstance().isValid(seller.iban()));
        assertTrue(seller.iban().startsWith("FR76"));
        assertEquals("TrustDesk SAS", seller.name());
    }

    @Test
    void theBankAccountKeyOfTheFrenchIbanIsRight() {
        // RIB key: 97 - (89 × bank + 15 × branch + 3 × account) mod 97, banks check it on every transfer
        String iban = TestInvoices.seller().iban();
        BigInteger bank = new BigInteger(iban.substring(4, 9));
        BigInteger branch = new BigInteger(iban.substring(9, 14));
        BigInteger account = new BigInteger(iban.substring(14, 25));
        int key = 97 - bank.multiply(BigInteger.valueOf(89)).add(branch.multiply(BigInteger.valueOf(15)))
                .add(account.multiply(BigInteger.valueOf(3))).mod(BigInteger.valueOf(97)).intValue();
        assertEquals(key, Integer.parseInt(iban.substring(25, 27)));
    }

    @Test
    void theSellerIsNotTheDemoCustomer() {
        Properties config = TestInvoices.config();
        assertTrue(!"81234567600017".equals(config.getProperty("trustdesk.seller.siret")));
    }
}
