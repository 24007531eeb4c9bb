package org.prr.portal.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff authenticate with HTTP Basic against BCrypt hashes. Platform calls ({@code /api/v1/reports/**}, incidents,
 * notices, {@code /api/v1/obligations}) pass this chain and are authenticated by their Ed25519 signature
 * ({@code SignedRequestAuthenticator}), which needs the raw body to check it.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/error", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/api/v1/reports/**", "/api/v1/obligations", "/api/v1/incidents/**",
                                "/api/v1/notices/**").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> writeProblem(json,
                        response, HttpStatus.UNAUTHORIZED, "unauthenticated", "staff credentials are missing or wrong")))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> writeProblem(json,
                        response, HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this")))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    private static void writeProblem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String slug,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"regulator-portal\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
