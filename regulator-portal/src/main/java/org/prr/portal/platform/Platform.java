package org.prr.portal.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Platform {

    @Id
    private String platformId;

    private String name;
    private String jurisdiction;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private Instant registeredAt;

    /** Written by {@link PlatformRegistry#contacted} with plain SQL, never through the entity. */
    @Column(insertable = false, updatable = false)
    private Instant lastContactAt;

    protected Platform() {}

    Platform(PlatformRegistration registration, Instant registeredAt) {
        this.platformId = registration.platformId();
        this.name = registration.name();
        this.jurisdiction = registration.jurisdiction();
        this.tier = registration.tier();
        if (registration.contact() != null) {
            this.contactName = registration.contact().name();
            this.contactEmail = registration.contact().email();
            this.contactPhone = registration.contact().phone();
        }
        this.registeredAt = registeredAt;
    }

    public String getPlatformId() {
        return platformId;
    }

    public String getName() {
        return name;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public Tier getTier() {
        return tier;
    }

    public PlatformRegistration.Contact contact() {
        return new PlatformRegistration.Contact(contactName, contactEmail, contactPhone);
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    /** When its agent last made an authenticated call, or null if it never did. */
    public Instant getLastContactAt() {
        return lastContactAt;
    }
}
