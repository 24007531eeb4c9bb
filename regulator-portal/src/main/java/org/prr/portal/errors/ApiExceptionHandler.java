package org.prr.portal.errors;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.prr.model.json.CanonicalJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into problem+json: the features' refusals ({@link DomainException}, by their kind), Spring
 * MVC's own (415, 404, 405, bad request bodies...), bean validation of request bodies (422 with the failing fields),
 * and anything unexpected (500, logged here, with no stack trace in the answer).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final List<ErrorPages> pages;

    ApiExceptionHandler(List<ErrorPages> pages) {
        this.pages = pages;
    }

    /**
     * An unknown path that a part with pages of its own claims (an unknown page of the web UI) is handed to the
     * container's error dispatch, which shows that part's page; any other is problem+json.
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet
                && servlet.getResponse() != null
                && pages.stream()
                        .anyMatch(part -> part.owns(servlet.getRequest().getRequestURI()))) {
            try {
                servlet.getResponse().sendError(HttpStatus.NOT_FOUND.value());
                return null;
            } catch (IOException closed) {
                log.debug("Could not send the not-found page", closed);
            }
        }
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(
                InvalidInput.fields(ex.getBindingResult().getFieldErrors().stream()
                        .map(e -> new InvalidInput.FieldError(e.getField(), e.getDefaultMessage()))
                        .toList()),
                request);
    }

    /**
     * A staff request body that is not JSON is 400; JSON with an unknown property or a value of the wrong type is
     * 422 naming the field, as on the signed API.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        DomainException refusal = ex.getCause() instanceof JsonMappingException mapping
                        && !mapping.getPath().isEmpty()
                ? InvalidInput.field(CanonicalJson.pathOf(mapping), CanonicalJson.describe(mapping))
                : MalformedBody.because("the body is not one JSON document");
        return answer(refusal, request);
    }

    /** Spring MVC's own errors (405, 415, 404...) get the portal's problem types too, not {@code about:blank}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            ProblemDetail typed = ProblemWriter.forStatus(status.value());
            problem.setType(typed.getType());
            problem.setTitle(typed.getTitle());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        return answer(InvalidInput.violations(ex.getConstraintViolations()), request);
    }

    /**
     * Two requests that create the same thing at once both pass the "already exists?" check; the database's unique
     * key refuses the second, which is the same conflict the check reports.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleConflict(DataIntegrityViolationException ex, WebRequest request) {
        return answer(
                new Conflict("this conflicts with what another request recorded at the same moment (it exists "
                        + "already); read it back before trying again"),
                request);
    }

    /** The one place a refusal's kind becomes an HTTP status and a problem type. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> answer(DomainException refusal, WebRequest request) {
        ProblemDetail problem =
                switch (refusal.kind()) {
                    case UNAUTHENTICATED -> problem(
                            HttpStatus.UNAUTHORIZED, "unauthenticated", "Request not authenticated", refusal);
                    case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, "forbidden", "Not yours", refusal);
                    case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "not-found", "Not found", refusal);
                    case CONFLICT -> problem(HttpStatus.CONFLICT, "conflict", "Conflict", refusal);
                    case IN_PROGRESS -> problem(HttpStatus.CONFLICT, "in-progress", "Already being processed", refusal);
                    case RATE_LIMITED -> problem(
                            HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", refusal);
                    case MALFORMED -> problem(
                            HttpStatus.BAD_REQUEST, "malformed-json", "Body is not valid JSON", refusal);
                    case TOO_LARGE -> problem(
                            HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Body too large", refusal);
                    case INVALID -> problem(
                            HttpStatus.UNPROCESSABLE_ENTITY, "validation", "Validation failed", refusal);
                    case REPLAY_MISMATCH -> problem(
                            HttpStatus.UNPROCESSABLE_ENTITY,
                            "replay-mismatch",
                            "Report id already used with another body",
                            refusal);
                };
        refusal.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        refusal.retryAfter().ifPresent(wait -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
        return handleExceptionInternal(refusal, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, DomainException refusal) {
        return ProblemWriter.problem(status, slug, title, refusal.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure handling {}", request.getDescription(false), ex);
        ProblemDetail problem = ProblemWriter.forStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }
}
