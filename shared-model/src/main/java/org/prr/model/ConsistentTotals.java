package org.prr.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A section whose breakdowns sum to their totals and whose parts do not exceed their wholes. Each violation names the
 * offending field, e.g. {@code complaints.receivedByChannel}. A check with a null side is skipped: null means "not
 * collected", and there is nothing to compare.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentTotals.Validator.class)
public @interface ConsistentTotals {

    String message() default "totals are inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Implemented by each section that has totals to check. */
    interface Checked {
        List<Check> totalChecks();
    }

    /**
     * One comparison between a field and the total it belongs to. {@code overflows} marks a breakdown whose sum is
     * beyond a long, which no total can match.
     */
    record Check(String field, Long value, String totalField, Long total, boolean mustEqual, boolean overflows) {

        public static Check sumOf(String field, Map<?, Long> breakdown, String totalField, Long total) {
            if (breakdown == null) {
                return new Check(field, null, totalField, total, true, false);
            }
            try {
                long sum = breakdown.values().stream().filter(Objects::nonNull).reduce(0L, Math::addExact);
                return new Check(field, sum, totalField, total, true, false);
            } catch (ArithmeticException e) {
                return new Check(field, null, totalField, total, true, true);
            }
        }

        public static Check atMost(String field, Long value, String totalField, Long total) {
            return new Check(field, value, totalField, total, false, false);
        }

        boolean holds() {
            if (overflows) {
                return false;
            }
            if (value == null || total == null) {
                return true;
            }
            return mustEqual ? value.equals(total) : value <= total;
        }

        String message() {
            if (overflows) {
                return "sums to more than " + Long.MAX_VALUE + ", so it cannot match " + totalField;
            }
            return mustEqual
                    ? "must sum to " + totalField + " (" + total + ") but sums to " + value
                    : "must not exceed " + totalField + " (" + total + ") but is " + value;
        }
    }

    class Validator implements ConstraintValidator<ConsistentTotals, Checked> {
        @Override
        public boolean isValid(Checked section, ConstraintValidatorContext context) {
            if (section == null) {
                return true;
            }
            boolean valid = true;
            for (Check check : section.totalChecks()) {
                if (!check.holds()) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.buildConstraintViolationWithTemplate(escape(check.message()))
                            .addPropertyNode(check.field())
                            .addConstraintViolation();
                }
            }
            return valid;
        }

        private static String escape(String message) {
            return message.replace("{", "\\{").replace("$", "\\$");
        }
    }
}
