package org.prr.portal.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.prr.model.PlatformDocument;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.errors.MalformedBody;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Platform endpoints declare what they need and get it verified: a {@link SignedCall} parameter for a call without
 * a body, a {@link SignedSubmission} of a wire type for a document. Before either reaches the controller the body
 * is read up to the size limit (413), the signature checked (401), the JSON read strictly into the type (400) and
 * validated (422 naming the field), and the document's platform compared with the signer's (403).
 */
@Component
class SignedArguments implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final SignedRequestAuthenticator authenticator;
    private final Validator validator;
    private final IntakeSettings settings;

    SignedArguments(SignedRequestAuthenticator authenticator, Validator validator, IntakeSettings settings) {
        this.authenticator = authenticator;
        this.validator = validator;
        this.settings = settings;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == SignedCall.class
                || parameter.getParameterType() == SignedSubmission.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binders)
            throws IOException {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (parameter.getParameterType() == SignedCall.class) {
            return new SignedCall(authenticator.authenticate(request, new byte[0]));
        }
        byte[] body = readLimited(request);
        SignatureHeaders caller = authenticator.authenticate(request, body);
        Class<?> type =
                ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
        PlatformDocument document = (PlatformDocument) parse(body, type);
        if (!document.platformId().equals(caller.platformId())) {
            throw SignedForAnotherPlatform.of(document.platformId(), caller.platformId());
        }
        return new SignedSubmission<>(caller, document, body);
    }

    private <T> T parse(byte[] body, Class<T> type) {
        T value;
        try {
            value = CanonicalJson.parse(body, type);
        } catch (CanonicalJson.MalformedJson e) {
            if (e.field() == null) {
                throw MalformedBody.because(e.getMessage());
            }
            throw InvalidInput.field(e.field(), e.getMessage());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw InvalidInput.violations(violations);
        }
        return value;
    }

    private byte[] readLimited(HttpServletRequest request) throws IOException {
        long limit = settings.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw BodyTooLarge.over(limit);
        }
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            throw BodyTooLarge.over(limit);
        }
        return body;
    }
}
