package org.prr.portal.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * What every platform submission goes through before its own rules: the body read up to the size limit, the
 * signature checked, the JSON read strictly into the wire type and validated. Each failure is its problem (413,
 * 401/403, 400, 422 naming the field).
 */
@Component
public class SignedSubmissions {

    /** An authenticated, parsed and valid submission, with its exact bytes for the ledger. */
    public record Submission<T>(SignatureHeaders caller, T value, byte[] body) {}

    private final SignedRequestAuthenticator authenticator;
    private final Validator validator;
    private final IntakeSettings settings;

    SignedSubmissions(SignedRequestAuthenticator authenticator, Validator validator, IntakeSettings settings) {
        this.authenticator = authenticator;
        this.validator = validator;
        this.settings = settings;
    }

    public <T> Submission<T> read(HttpServletRequest request, InputStream bodyStream, Class<T> type)
            throws IOException {
        byte[] body = readLimited(request, bodyStream);
        SignatureHeaders caller = authenticator.authenticate(request, body);
        return new Submission<>(caller, parse(body, type), body);
    }

    /** A signed request without a body (GET, or a POST whose path says it all). */
    public SignatureHeaders authenticate(HttpServletRequest request) {
        return authenticator.authenticate(request, new byte[0]);
    }

    <T> T parse(byte[] body, Class<T> type) {
        T value;
        try {
            value = CanonicalJson.parse(body, type);
        } catch (CanonicalJson.MalformedJson e) {
            if (e.field() == null) {
                throw ApiProblem.malformed(e.getMessage());
            }
            throw ApiProblem.invalid(e.field(), e.getMessage());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        return value;
    }

    private byte[] readLimited(HttpServletRequest request, InputStream bodyStream) throws IOException {
        long limit = settings.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw ApiProblem.tooLarge(limit);
        }
        byte[] body = bodyStream.readNBytes((int) limit + 1);
        if (body.length > limit) {
            throw ApiProblem.tooLarge(limit);
        }
        return body;
    }
}
