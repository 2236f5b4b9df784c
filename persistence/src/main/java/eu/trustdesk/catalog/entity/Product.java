package eu.trustdesk.catalog.entity;

import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something TrustDesk sells.
 *
 * <p>A product is priced per validity term: a certificate may be sold for 1, 2 or 3 years at
 * three prices, an e-invoicing plan per year, hardware once (term {@value #ONE_OFF}). Prices exclude
 * VAT; the product's VAT rate applies to every term.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.ACTIVE_IN_ORDER,
        query = "select p from Product p where p.active = true order by p.sortOrder, p.sku")
@NamedQuery(name = Product.BY_SKU, query = "select p from Product p where p.sku = :sku")
public class Product {

    public static final String ACTIVE_IN_ORDER = "Product.activeInOrder";
    public static final String BY_SKU = "Product.bySku";

    public static final int SKU_LENGTH = 40;
    /** Validity term of products that do not expire (hardware). */
    public static final int ONE_OFF = 0;
    public static final int MAX_VALIDITY_YEARS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = SKU_LENGTH)
    @Pattern(regexp = "[A-Z0-9-]+")
    @Column(name = "sku", nullable = false, unique = true, length = SKU_LENGTH)
    private String sku;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ProductKind kind;

    /** Delivered as a physical item that has to be shipped (a USB token, a reader). */
    @Column(name = "shipped", nullable = false)
    private boolean shipped;

    @DecimalMin("0.00")
    @DecimalMax("100.00")
    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_text", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "lang", length = Language.CODE_LENGTH)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Language, LocalizedText> texts = new EnumMap<>(Language.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_price", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "validity_years")
    @Column(name = "amount", nullable = false, precision = 19, scale = Money.SCALE)
    private Map<Integer, BigDecimal> pricesByTerm = new TreeMap<>();

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(String sku, ProductKind kind, boolean shipped, BigDecimal vatRate, String currency, int sortOrder) {
        this.sku = Objects.requireNonNull(sku, "sku");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.shipped = shipped;
        this.vatRate = Objects.requireNonNull(vatRate, "vatRate");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.sortOrder = sortOrder;
        this.active = true;
    }

    /** Sets the name and description shown to users of one language. */
    public Product describe(Language language, String name, String description) {
        texts.put(language, new LocalizedText(name, description));
        return this;
    }

    /**
     * Offers the product for a validity term at a price excluding VAT.
     *
     * @param validityYears 1 to {@value #MAX_VALIDITY_YEARS}, or {@value #ONE_OFF} for a product that does not expire
     */
    public Product offer(int validityYears, BigDecimal priceExcludingVat) {
        if (validityYears < ONE_OFF || validityYears > MAX_VALIDITY_YEARS) {
            throw new IllegalArgumentException("Validity out of range: " + validityYears);
        }
        if (priceExcludingVat.signum() < 0) {
            throw new IllegalArgumentException("Negative price for " + sku);
        }
        boolean oneOff = validityYears == ONE_OFF;
        if (!pricesByTerm.isEmpty() && pricesByTerm.containsKey(ONE_OFF) != oneOff) {
            throw new IllegalArgumentException("A product is either one-off or sold per validity term: " + sku);
        }
        pricesByTerm.put(validityYears, priceExcludingVat);
        return this;
    }

    public void withdraw() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public ProductKind kind() {
        return kind;
    }

    public boolean shipped() {
        return shipped;
    }

    public boolean active() {
        return active;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    /** Name in the given language, falling back to English then to any language the product has. */
    public String name(Language language) {
        return text(language).name();
    }

    public String description(Language language) {
        return text(language).description();
    }

    private LocalizedText text(Language language) {
        LocalizedText text = texts.get(language);
        if (text == null) {
            text = texts.getOrDefault(Language.EN, texts.values().stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("Product without any text: " + sku)));
        }
        return text;
    }

    /** The terms this product is sold for, shortest first, with their prices excluding VAT. */
    public NavigableMap<Integer, Money> prices() {
        NavigableMap<Integer, Money> prices = new TreeMap<>();
        pricesByTerm.forEach((years, amount) -> prices.put(years, Money.of(amount, currency)));
        return Collections.unmodifiableNavigableMap(prices);
    }

    /** The lowest price excluding VAT, shown as "from ..." in the catalogue. */
    public Money fromPrice() {
        return prices().values().stream().min(Money::compareTo)
                .orElseThrow(() -> new IllegalStateException("Product without a price: " + sku));
    }

    public boolean oneOff() {
        return pricesByTerm.containsKey(ONE_OFF);
    }
}
