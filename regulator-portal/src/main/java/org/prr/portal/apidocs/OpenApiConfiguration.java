package org.prr.portal.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}; docs/api.md has the signing steps and the error catalogue. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI portalApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Regulator portal API")
                                .version("v1")
                                .description(
                                        """
                        Platforms submit signed reports (Ed25519 over method, path, X-Platform-Id, X-Key-Id, \
                        X-Timestamp and Content-Digest; see docs/api.md). Staff use HTTP Basic and see only their \
                        jurisdiction. Every error is application/problem+json (RFC 9457)."""))
                .components(new Components()
                        .addSecuritySchemes(
                                "staff",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "platformSignature",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-Signature")
                                        .description("Ed25519 request signature; also send X-Platform-Id, X-Key-Id, "
                                                + "X-Timestamp and Content-Digest")));
    }
}
