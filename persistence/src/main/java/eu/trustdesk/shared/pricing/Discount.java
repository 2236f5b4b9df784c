package eu.trustdesk.shared.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A discount to spread over the lines it applies to: a percentage of each, or a fixed amount
 * shared among them in proportion to their amounts. No SKU means every line.
 */
public record Discount(Kind kind, BigDecimal value, Set<String> skus) implements Serializable {

    public enum Kind {
        PERCENT,
        AMOUNT
    }

    public Discount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        skus = skus == null ? Set.of() : Set.copyOf(skus);
        if (value.signum() < 0 || (kind == Kind.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("discount out of range: " + value);
        }
    }

    public boolean appliesTo(String sku) {
        return skus.isEmpty() || skus.contains(sku);
    }
}
