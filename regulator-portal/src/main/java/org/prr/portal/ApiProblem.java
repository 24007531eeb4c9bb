package org.prr.portal;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.prr.portal.errors.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Every error the API answers with: an RFC 9457 problem whose {@code type} names the problem
 * ({@code /problems/<slug>}, catalogued in docs/api.md) and whose {@code detail} says what to fix.
 */
public class ApiProblem extends ErrorResponseException {

    /** One rejected field of a request body, as in {@code errors: [{"field": ..., "message": ...}]}. */
    public record FieldError(String field, String message) {}

    private ApiProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, ProblemWriter.problem(status, slug, title, detail), null);
    }

    public static ApiProblem unauthenticated(String detail) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Request not authenticated", detail);
    }

    /**
     * 401 for a timestamp too far from the portal's clock, with {@code clockSkewSeconds} (the portal's clock minus
     * the request's), so an agent can tell a wrong clock, which it should wait out, from a wrong key.
     */
    public static ApiProblem clockSkew(long skewSeconds, long maxSeconds) {
        ApiProblem problem = unauthenticated("X-Timestamp is " + Math.abs(skewSeconds) + " s "
                + (skewSeconds > 0 ? "behind" : "ahead of") + " the portal's clock; at most " + maxSeconds
                + " s is accepted (check the agent's clock)");
        problem.getBody().setProperty("clockSkewSeconds", skewSeconds);
        return problem;
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Not yours", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
    }

    public static ApiProblem inProgress(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "in-progress", "Already being processed", detail);
    }

    public static ApiProblem tooManyRequests(long retryAfterSeconds) {
        ApiProblem problem = new ApiProblem(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                "this platform's request rate is over its limit; retry after " + retryAfterSeconds + " s");
        problem.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return problem;
    }

    public static ApiProblem malformed(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-json", "Body is not valid JSON", detail);
    }

    public static ApiProblem tooLarge(long limitBytes) {
        return new ApiProblem(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "payload-too-large",
                "Body too large",
                "the body exceeds the limit of " + limitBytes + " bytes");
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        ApiProblem problem = new ApiProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "validation",
                "Validation failed",
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid");
        problem.getBody().setProperty("errors", errors);
        return problem;
    }

    /** 422 listing Bean Validation's violations, sorted by field. */
    public static ApiProblem invalid(Collection<? extends ConstraintViolation<?>> violations) {
        return invalid(violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiProblem replayMismatch(String detail) {
        return new ApiProblem(
                HttpStatus.UNPROCESSABLE_ENTITY, "replay-mismatch", "Report id already used with another body", detail);
    }
}
