package org.prr.portal.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes an RFC 9457 problem straight to a response, for the places that answer before or outside Spring MVC's
 * exception handling: the security filters, the {@code /error} page and Tomcat's own error report. Every problem
 * the API answers has a {@code /problems/<slug>} type (docs/api.md).
 */
@Component
public class ProblemWriter {

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(title);
        return problem;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    /** For Tomcat's error report, which may only offer a writer. */
    void write(Writer writer, ProblemDetail problem) throws IOException {
        writer.write(json.writeValueAsString(problem));
    }

    /** The problem for an HTTP error that reached no controller, by its status. */
    public static ProblemDetail forStatus(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        return switch (status) {
            case BAD_REQUEST -> problem(
                    status,
                    "bad-request",
                    "Request not acceptable",
                    "the request line, path or "
                            + "headers are not acceptable (for example '//', '/./', ';', an encoded '/' or '\\\\', NUL or "
                            + "another control character, or an unknown method)");
            case NOT_FOUND -> problem(status, "not-found", "Not found", "no such resource");
            case METHOD_NOT_ALLOWED -> problem(
                    status, "method-not-allowed", "Method not allowed", "this resource does not answer that method");
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> problem(
                    status, "headers-too-large", "Headers too large", "the request headers exceed the portal's limit");
            case PAYLOAD_TOO_LARGE -> problem(
                    status, "payload-too-large", "Body too large", "the body exceeds the portal's limit");
            case UNSUPPORTED_MEDIA_TYPE -> problem(
                    status, "unsupported-media-type", "Unsupported media type", "send the body as application/json");
            case NOT_ACCEPTABLE -> problem(
                    status,
                    "not-acceptable",
                    "Not acceptable",
                    "the API answers application/json and application/problem+json");
            default -> status.is5xxServerError()
                    ? problem(
                            status,
                            "internal",
                            "Portal error",
                            "the portal failed to handle this request; nothing was recorded by it")
                    : problem(status, "http-" + status.value(), status.getReasonPhrase(), status.getReasonPhrase());
        };
    }
}
