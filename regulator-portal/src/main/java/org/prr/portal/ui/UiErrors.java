package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.prr.portal.errors.DomainException;
import org.prr.portal.errors.ErrorPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a page is a page: what went wrong in the reader's language, the portal's own words as details, and the
 * way back; never a stack trace and never the API's problem+json. Unexpected failures are logged and shown as such, and
 * so are unknown pages and pages that failed to render, which reach {@code /error}.
 */
@ControllerAdvice(basePackageClasses = UiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiErrors implements ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @ExceptionHandler(DomainException.class)
    String refused(DomainException refusal, HttpServletResponse response, Model model) {
        HttpStatus status =
                switch (refusal.kind()) {
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case FORBIDDEN -> HttpStatus.FORBIDDEN;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case INVALID, MALFORMED, TOO_LARGE -> HttpStatus.UNPROCESSABLE_ENTITY;
                    default -> HttpStatus.BAD_REQUEST;
                };
        String kind =
                switch (refusal.kind()) {
                    case NOT_FOUND, FORBIDDEN, CONFLICT, INVALID -> refusal.kind()
                            .name();
                    default -> "OTHER";
                };
        return page(status, kind, refusal.getMessage(), response, model);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mistyped(MethodArgumentTypeMismatchException mistyped, HttpServletResponse response, Model model) {
        return page(
                HttpStatus.BAD_REQUEST,
                "INVALID",
                mistyped.getName() + ": '" + mistyped.getValue() + "' is not a valid value",
                response,
                model);
    }

    /** A list's filter, bound with the others as one record, that is not one of its choices or not a date. */
    @ExceptionHandler(BindException.class)
    String unbound(BindException unbound, HttpServletResponse response, Model model) {
        FieldError field = unbound.getFieldError();
        return page(
                HttpStatus.BAD_REQUEST,
                "INVALID",
                field == null
                        ? "the filters are not valid"
                        : field.getField() + ": '" + field.getRejectedValue() + "' is not a valid value",
                response,
                model);
    }

    /** Spring MVC's own refusals (a missing parameter, a wrong method) keep their status. */
    @ExceptionHandler(Exception.class)
    String failed(Exception unexpected, HttpServletResponse response, Model model) {
        if (unexpected instanceof ErrorResponse refusal
                && refusal.getStatusCode().is4xxClientError()) {
            return page(
                    HttpStatus.valueOf(refusal.getStatusCode().value()),
                    "OTHER",
                    refusal.getBody().getDetail(),
                    response,
                    model);
        }
        log.error("Web UI request failed", unexpected);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "OTHER", null, response, model);
    }

    /** An unknown page under /ui, or one that failed to render, reported by the servlet container. */
    @Override
    public boolean owns(String path) {
        return path.equals("/ui") || path.startsWith("/ui/");
    }

    @Override
    public ModelAndView page(int status) {
        String kind =
                switch (status) {
                    case 404 -> "NOT_FOUND";
                    case 403 -> "FORBIDDEN";
                    default -> "OTHER";
                };
        return new ModelAndView("ui/error", Map.of("kind", kind));
    }

    private static String page(
            HttpStatus status, String kind, String detail, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("kind", kind);
        model.addAttribute("detail", detail);
        return "ui/error";
    }
}
