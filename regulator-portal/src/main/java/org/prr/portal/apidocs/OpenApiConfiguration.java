package org.prr.portal.apidocs;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.prr.model.Receipt;
import org.prr.portal.intake.SignedCall;
import org.prr.portal.intake.SignedSubmission;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description at {@code /v3/api-docs}, told by the code: which security scheme an operation needs
 * (a {@code SignedCall} / {@code SignedSubmission} parameter: the platform's signature; an authenticated principal:
 * staff), the document a signed submission carries, 201 and 200 for what is appended or replayed, and the problems
 * each operation can answer with, all of one schema. docs/api.md has the signing steps and the error catalogue.
 */
@Configuration
class OpenApiConfiguration {

    static final String SIGNED = "platformSignature";
    static final String STAFF = "staff";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The wire types the operations name, collected as springdoc reads each operation. */
    private final Set<Class<?>> referenced = ConcurrentHashMap.newKeySet();

    static {
        // Resolved from the request by the signed-intake module, not parameters a caller sends.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(SignedCall.class, SignedSubmission.class);
    }

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
                                STAFF,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                SIGNED,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-Signature")
                                        .description("Ed25519 request signature; also send X-Platform-Id, X-Key-Id, "
                                                + "X-Timestamp and Content-Digest"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** The wire types the operations refer to by name: each signed document and the receipt, with their parts. */
    @Bean
    OpenApiCustomizer wireTypeSchemas() {
        return api -> referenced.forEach(type -> ModelConverters.getInstance()
                .readAll(type)
                .forEach((name, schema) -> api.getComponents().getSchemas().putIfAbsent(name, schema)));
    }

    @Bean
    OperationCustomizer operationsAsTheCodeHasThem() {
        return (operation, handler) -> {
            boolean staff = any(handler, p -> p.hasParameterAnnotation(AuthenticationPrincipal.class));
            boolean signed = any(handler, p -> p.getParameterType() == SignedCall.class);
            Class<?> document = Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.getParameterType() == SignedSubmission.class)
                    .map(p -> ResolvableType.forMethodParameter(p).getGeneric(0).resolve())
                    .findFirst()
                    .orElse(null);
            boolean body = document != null
                    || any(
                            handler,
                            p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class));
            boolean pathVariables = any(handler, p -> p.hasParameterAnnotation(PathVariable.class));
            if (document != null) {
                operation.requestBody(
                        new RequestBody().required(true).content(json("application/json", schemaOf(document))));
            }
            if (signed || document != null) {
                operation.addSecurityItem(new SecurityRequirement().addList(SIGNED));
            } else if (staff) {
                operation.addSecurityItem(new SecurityRequirement().addList(STAFF));
            }
            if (isReceipt(handler)) {
                ApiResponses responses = new ApiResponses();
                Content receipt = json("application/json", schemaOf(Receipt.class));
                responses.addApiResponse(
                        "201",
                        new ApiResponse().description("appended: its receipt").content(receipt));
                responses.addApiResponse(
                        "200",
                        new ApiResponse()
                                .description("a replay of the same body: the original receipt")
                                .content(receipt));
                operation.setResponses(responses);
            }
            Map<String, String> problems = new LinkedHashMap<>();
            if (body) {
                problems.put("400", "the body is not one JSON document");
                problems.put("415", "the body is not application/json");
                problems.put("422", "a rule is broken; errors name each field");
            }
            problems.put(
                    "401",
                    signed || document != null
                            ? "the signature does not prove the caller"
                            : "no or wrong staff credentials");
            if (staff || document != null) {
                problems.put(
                        "403",
                        staff
                                ? "the caller's role or jurisdiction does not allow it"
                                : "the document is another platform's");
            }
            if (pathVariables) {
                problems.put("404", "no such resource for the caller");
            }
            if (document != null) {
                problems.put("409", "the same document is being processed");
                problems.put("413", "the body is over the limit");
            }
            if (signed || document != null) {
                problems.put("429", "over the platform's rate limit; see Retry-After");
            }
            problems.forEach((status, description) -> operation
                    .getResponses()
                    .addApiResponse(
                            status,
                            new ApiResponse()
                                    .description(description)
                                    .content(json(PROBLEM_JSON, new Schema<>().$ref(PROBLEM)))));
            return operation;
        };
    }

    private static boolean isReceipt(HandlerMethod handler) {
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        return returned.getGeneric(0).resolve() == Receipt.class;
    }

    /** A reference to the wire type's schema, which {@link #wireTypeSchemas()} adds. */
    private Schema<?> schemaOf(Class<?> type) {
        referenced.add(type);
        return new Schema<>().$ref(type.getSimpleName());
    }

    private static Content json(String mediaType, Schema<?> schema) {
        return new Content().addMediaType(mediaType, new MediaType().schema(schema));
    }

    private static boolean any(HandlerMethod handler, Predicate<MethodParameter> test) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(test);
    }

    /** RFC 9457, as every error of the portal is written. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .addProperty("type", new StringSchema().example("/problems/validation"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new ObjectSchema()
                                        .addProperty("field", new StringSchema())
                                        .addProperty("message", new StringSchema())));
    }
}
