package org.prr.portal.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Input that breaks a rule, naming each field and what is wrong with it ({@code errors: [{"field", "message"}]}).
 * Features extend it for refusals of their own that point at a field (a period already reported).
 */
public class InvalidInput extends DomainException {

    /** One rejected field of a request. */
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    protected InvalidInput(List<FieldError> errors) {
        super(
                Kind.INVALID,
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    protected InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public static InvalidInput field(String field, String message) {
        return new InvalidInput(field, message);
    }

    /** The fields sorted by name, so the answer does not depend on the order rules ran in. */
    public static InvalidInput fields(Collection<FieldError> errors) {
        return new InvalidInput(
                errors.stream().sorted(Comparator.comparing(FieldError::field)).toList());
    }

    /** Checks input a feature takes from the API or from a web form alike, by its Bean Validation constraints. */
    public static void check(Validator validator, Object input) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw violations(violations);
        }
    }

    /** Bean Validation's violations, one field error each. */
    public static InvalidInput violations(Collection<? extends ConstraintViolation<?>> violations) {
        return fields(violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
