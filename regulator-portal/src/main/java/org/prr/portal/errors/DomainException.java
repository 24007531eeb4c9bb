package org.prr.portal.errors;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal the portal's features raise in their own words ({@code PlatformNotFound.forId(id)}); the {@link Kind}
 * says what it means for the caller, and {@link ApiExceptionHandler} alone turns that into an HTTP status and a
 * {@code /problems/<slug>} type. The message is the problem's {@code detail}: what to fix.
 */
public abstract class DomainException extends RuntimeException {

    /** What a refusal means, whatever the feature; docs/api.md catalogues the problem type of each. */
    public enum Kind {
        UNAUTHENTICATED,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        IN_PROGRESS,
        RATE_LIMITED,
        MALFORMED,
        TOO_LARGE,
        INVALID,
        REPLAY_MISMATCH
    }

    private final Kind kind;

    protected DomainException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Members of the answer beside its type, title, status and detail (for example the rejected fields). */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** How long the caller should wait before trying again, when that is known. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
