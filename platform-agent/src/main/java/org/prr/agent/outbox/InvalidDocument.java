package org.prr.agent.outbox;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** A document staff wrote (an incident, an update, a rectification report) breaks its rules; each names its field. */
public class InvalidDocument extends ConstraintViolationException {

    private InvalidDocument(Set<? extends ConstraintViolation<?>> violations) {
        super(
                violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage())
                        .sorted()
                        .toList()
                        .toString(),
                violations);
    }

    /** @return the document, when it holds */
    public static <T> T check(Validator validator, T document) {
        Set<ConstraintViolation<T>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new InvalidDocument(violations);
        }
        return document;
    }
}
