package org.prr.portal.obligation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.portal.platform.Platform;

/** A tier's default for one family, or a platform's own rule that replaces it. */
@Entity
class ObligationRule {

    enum Scope {
        TIER,
        PLATFORM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Scope scope;

    private String scopeKey;

    @Enumerated(EnumType.STRING)
    private MetricFamily family;

    @Enumerated(EnumType.STRING)
    private Cadence cadence;

    private int graceHours;

    protected ObligationRule() {}

    ObligationRule(String platformId, MetricFamily family) {
        this.scope = Scope.PLATFORM;
        this.scopeKey = platformId;
        this.family = family;
    }

    void set(Cadence cadence, int graceHours) {
        this.cadence = cadence;
        this.graceHours = graceHours;
    }

    /** A rule of the platform's tier, or of the platform itself. */
    boolean appliesTo(Platform platform) {
        return scope == Scope.TIER
                ? scopeKey.equals(platform.getTier().name())
                : scopeKey.equals(platform.getPlatformId());
    }

    Scope getScope() {
        return scope;
    }

    MetricFamily getFamily() {
        return family;
    }

    Cadence getCadence() {
        return cadence;
    }

    int getGraceHours() {
        return graceHours;
    }
}
