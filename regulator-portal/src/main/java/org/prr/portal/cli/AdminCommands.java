package org.prr.portal.cli;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.prr.model.signing.Ed25519Keys;
import org.prr.portal.errors.DomainException;
import org.prr.portal.platform.KeyRegistration;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistration;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.report.ReportBook;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * The platform registry from the command line, for an operator on the portal's own server. Acts through the same
 * registry as the admin API, as the national actor {@code system:cli}, so every change is validated and audited.
 */
@Component
public class AdminCommands {

    static final String USAGE =
            """
            usage: java -jar regulator-portal.jar admin platform <command> [options]
              register   --id=ID --name=NAME --jurisdiction=CN-50 --tier=KEY|STANDARD [--contact-email=E]
              add-key    --id=ID --key-id=KEY_ID --public-key-file=FILE.pub.pem [--not-before=ISO] [--not-after=ISO]
              revoke-key --id=ID --key-id=KEY_ID
              list
            or:    java -jar regulator-portal.jar admin figures rebuild
              recreates the figures the gap rules read from the ledger""";

    private final PlatformRegistry registry;
    private final ReportBook reports;
    private final Validator validator;

    AdminCommands(PlatformRegistry registry, ReportBook reports, Validator validator) {
        this.registry = registry;
        this.reports = reports;
        this.validator = validator;
    }

    /** @return the process exit code: 0 done, 2 refused (the message says why) */
    public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
        List<String> words = args.getNonOptionArgs();
        if (words.equals(List.of("admin", "figures", "rebuild"))) {
            out.println("rebuilt the figures of " + reports.rebuildFigures() + " reported periods from the ledger");
            return 0;
        }
        if (words.size() != 3 || !words.get(0).equals("admin") || !words.get(1).equals("platform")) {
            err.println(USAGE);
            return 2;
        }
        StaffPrincipal cli = StaffPrincipal.system("cli");
        try {
            switch (words.get(2)) {
                case "register" -> {
                    PlatformRegistration registration = valid(new PlatformRegistration(
                            required(args, "id"),
                            required(args, "name"),
                            required(args, "jurisdiction"),
                            tier(required(args, "tier")),
                            optional(args, "contact-email") == null
                                    ? null
                                    : new PlatformRegistration.Contact(null, optional(args, "contact-email"), null)));
                    Platform platform = registry.register(cli, registration);
                    out.println("registered " + platform.getPlatformId() + " (" + platform.getJurisdiction() + ", "
                            + platform.getTier() + ")");
                }
                case "add-key" -> {
                    Path file = Path.of(required(args, "public-key-file"));
                    String publicKey = Ed25519Keys.toBase64(Ed25519Keys.publicKeyFromPem(Files.readString(file)));
                    KeyRegistration key = valid(new KeyRegistration(
                            required(args, "key-id"),
                            Ed25519Keys.ALGORITHM,
                            publicKey,
                            instant(args, "not-before", Instant.now()),
                            instant(args, "not-after", null)));
                    registry.addKey(cli, required(args, "id"), key);
                    out.println("added key " + key.keyId() + " to " + required(args, "id"));
                }
                case "revoke-key" -> {
                    registry.revokeKey(cli, required(args, "id"), required(args, "key-id"));
                    out.println("revoked key " + required(args, "key-id") + " of " + required(args, "id"));
                }
                case "list" -> registry.visibleTo(cli)
                        .forEach(p -> out.println(p.getPlatformId() + "\t" + p.getJurisdiction() + "\t" + p.getTier()
                                + "\t" + p.getName()));
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (DomainException | IllegalArgumentException | IOException e) {
            err.println("refused: " + e.getMessage());
            return 2;
        }
    }

    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.stream()
                    .map(v -> "--" + v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private static String required(ApplicationArguments args, String name) {
        String value = optional(args, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static String optional(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Tier tier(String value) {
        try {
            return Tier.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tier must be KEY or STANDARD");
        }
    }

    private static Instant instant(ApplicationArguments args, String name, Instant fallback) {
        String value = optional(args, name);
        try {
            return value == null ? fallback : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + name + " must be an ISO instant, e.g. 2026-01-01T00:00:00Z");
        }
    }
}
