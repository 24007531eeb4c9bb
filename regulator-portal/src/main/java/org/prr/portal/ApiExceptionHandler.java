package org.prr.portal;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.errors.ProblemWriter;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into problem+json: Spring MVC's own (415, 404, 405, bad request bodies...), ours
 * ({@link ApiProblem}), bean validation of request bodies (422 with the failing fields), and anything unexpected
 * (500, logged here, with no stack trace in the answer).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new ApiProblem.FieldError(e.getField(), e.getDefaultMessage()))
                .sorted(Comparator.comparing(ApiProblem.FieldError::field))
                .toList();
        ApiProblem problem = ApiProblem.invalid(errors);
        return handleExceptionInternal(problem, problem.getBody(), headers, problem.getStatusCode(), request);
    }

    /**
     * A staff request body that is not JSON is 400; JSON with an unknown property or a value of the wrong type is
     * 422 naming the field, as on the signed API.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ApiProblem problem = ex.getCause() instanceof JsonMappingException mapping
                        && !mapping.getPath().isEmpty()
                ? ApiProblem.invalid(CanonicalJson.pathOf(mapping), CanonicalJson.describe(mapping))
                : ApiProblem.malformed("the body is not one JSON document");
        return handleExceptionInternal(problem, problem.getBody(), headers, problem.getStatusCode(), request);
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
        ApiProblem problem = ApiProblem.invalid(ex.getConstraintViolations());
        return handleExceptionInternal(problem, problem.getBody(), new HttpHeaders(), problem.getStatusCode(), request);
    }

    /**
     * Two requests that create the same thing at once both pass the "already exists?" check; the database's unique
     * key refuses the second, which is the same conflict the check reports.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleConflict(DataIntegrityViolationException ex, WebRequest request) {
        ApiProblem problem = ApiProblem.conflict("this conflicts with what another request recorded at the same "
                + "moment (it exists already); read it back before trying again");
        return handleExceptionInternal(problem, problem.getBody(), new HttpHeaders(), problem.getStatusCode(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure handling {}", request.getDescription(false), ex);
        ProblemDetail problem = ProblemWriter.forStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }
}
