package org.prr.agent.localapi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.prr.agent.settings.AgentSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Guards every endpoint of the agent's own API for platform staff with {@code agent.local-api.token} when it is set:
 * the check stands in front of every controller, so no endpoint can be written without it. A call without the token
 * gets a 401 problem. Actuator endpoints (health, metrics) are served apart and stay open to the platform's
 * monitoring.
 */
@Component
class LocalApiToken implements HandlerInterceptor, WebMvcConfigurer {

    private final byte[] expected;

    LocalApiToken(AgentSettings settings) {
        String token = settings.localApi() == null ? null : settings.localApi().token();
        this.expected = token == null || token.isBlank() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/**").excludePathPatterns("/error");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (expected == null) {
            return true;
        }
        String given = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw new TokenMissing();
        }
        return true;
    }

    /** Answered by {@link LocalApiExceptionHandler}. */
    static class TokenMissing extends RuntimeException {
        TokenMissing() {
            super("this endpoint needs 'Authorization: Bearer <agent.local-api.token>'");
        }
    }
}
