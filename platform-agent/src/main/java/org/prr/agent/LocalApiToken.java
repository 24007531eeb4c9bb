package org.prr.agent;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Guards the agent's own endpoints for platform staff with {@code agent.local-api.token} when it is set; a call
 * without it gets a 401 problem.
 */
@RestControllerAdvice
public class LocalApiToken {

    private final String token;

    LocalApiToken(AgentSettings settings) {
        this.token = settings.localApi() == null ? null : settings.localApi().token();
    }

    public void check(HttpServletRequest request) {
        if (token != null && !token.isBlank() && !("Bearer " + token).equals(request.getHeader("Authorization"))) {
            throw new Missing();
        }
    }

    static class Missing extends RuntimeException {}

    @ExceptionHandler(Missing.class)
    ProblemDetail missing() {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED, "this endpoint needs 'Authorization: Bearer <agent.local-api.token>'");
    }
}
