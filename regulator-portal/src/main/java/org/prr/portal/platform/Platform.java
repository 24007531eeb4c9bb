package org.prr.portal.platform;

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

    PlatformRegistration.Contact contact() {
        return new PlatformRegistration.Contact(contactName, contactEmail, contactPhone);
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }
}
