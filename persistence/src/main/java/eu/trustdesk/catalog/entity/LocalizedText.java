package eu.trustdesk.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** A product's name and description in one language. */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 2000;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String name, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
