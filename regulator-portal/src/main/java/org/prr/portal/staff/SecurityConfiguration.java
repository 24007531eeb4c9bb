package org.prr.portal.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.prr.portal.errors.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Staff authenticate with HTTP Basic against BCrypt hashes on the API, and sign in with a form to the web UI. Platform calls ({@code /api/v1/reports/**}, {@code
 * /api/v1/obligations}, sending incidents and their updates, the notices' long poll, receipts and acknowledgements)
 * pass this chain and are authenticated by their Ed25519 signature ({@code SignedRequestAuthenticator}), which needs
 * the raw body to check it. The staff's views of incidents and notices under the same paths need staff credentials.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    /**
     * The web UI ({@code /ui/**}, with its sign-in page and sign-out): a form sign-in that checks the password once and
     * keeps a session (idle timeout {@code server.servlet.session.timeout}), instead of BCrypt on every page as with
     * Basic; CSRF tokens on every form; the same accounts, lockout and roles as the API. Sessions are registered so
     * that disabling a person, resetting their password or changing their roles ends theirs.
     */
    @Bean
    @Order(1)
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.securityMatcher("/ui/**", "/login", "/logout", "/webjars/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/ui/assets/**", "/webjars/**")
                        .permitAll()
                        .requestMatchers("/ui/own", "/ui/own/**")
                        .hasRole(Role.PLATFORM.name())
                        .anyRequest()
                        .hasAnyRole(staffRoles()))
                .formLogin(form -> form.loginPage("/login").successHandler(signedIn()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(session -> session.sessionFixation()
                        .changeSessionId()
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?expired"));
        return http.build();
    }

    /** The regulator's roles, as the URL rules name them: a platform's own account has none of them. */
    private static String[] staffRoles() {
        return Role.STAFF.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    /** Staff land on the page they asked for (the overview by default); a platform's account on its own view. */
    private static AuthenticationSuccessHandler signedIn() {
        SavedRequestAwareAuthenticationSuccessHandler staff = new SavedRequestAwareAuthenticationSuccessHandler();
        staff.setDefaultTargetUrl("/ui");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof StaffPrincipal principal
                    && principal.getPlatformId() != null) {
                response.sendRedirect(request.getContextPath() + "/ui/own");
            } else {
                staff.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemWriter problems) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health/**", "/actuator/info", "/error", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/api/v1/reports/**", "/api/v1/obligations")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/incidents", "/api/v1/incidents/*/updates")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/notices",
                                "/api/v1/ledger/own",
                                "/api/v1/ledger/own/checkpoint")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/notices/*/receipts",
                                "/api/v1/notices/*/acknowledgements",
                                "/api/v1/rectifications/*/reports")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .hasAnyRole(staffRoles()))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> writeProblem(
                        problems,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Unauthorized",
                        "staff credentials are missing or wrong")))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> writeProblem(
                        problems,
                        response,
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        "Forbidden",
                        "your role does not allow this")))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * A request the firewall refuses ({@code //}, {@code ;}, an unknown method) is answered here, not through an
     * error dispatch, which the firewall would refuse again, leaving an empty 400.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, e) -> problems.write(
                response,
                ProblemWriter.problem(
                        HttpStatus.BAD_REQUEST,
                        "bad-request",
                        "Request not acceptable",
                        "the request was refused: " + e.getMessage()));
    }

    private static void writeProblem(
            ProblemWriter problems,
            HttpServletResponse response,
            HttpStatus status,
            String slug,
            String title,
            String detail)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"regulator-portal\"");
        }
        problems.write(response, ProblemWriter.problem(status, slug, title, detail));
    }
}
