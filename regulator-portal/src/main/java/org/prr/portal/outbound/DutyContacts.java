package org.prr.portal.outbound;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty contacts of each jurisdiction. ADMIN staff manage their own jurisdiction's (national ADMIN: any); every
 * role reads those it can see.
 */
@Service
public class DutyContacts {

    /** One contact. */
    public record Contact(
            long id, String jurisdiction, Channel channel, String address, Instant createdAt, String createdBy) {}

    /** What an ADMIN writes to add one. */
    public record NewContact(String jurisdiction, Channel channel, String address) {}

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern JURISDICTION = Pattern.compile("CN(-\\d{2})?");

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    DutyContacts(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Contact> visibleTo(StaffPrincipal by) {
        return all().stream().filter(c -> by.canSee(c.jurisdiction())).toList();
    }

    @Transactional
    public Contact add(StaffPrincipal by, NewContact contact) {
        by.requireAnyOf(Role.ADMIN);
        if (contact.jurisdiction() == null
                || !JURISDICTION.matcher(contact.jurisdiction()).matches()) {
            throw InvalidInput.field("jurisdiction", "must be CN or CN-nn, e.g. CN-50");
        }
        if (!by.canSee(contact.jurisdiction())) {
            throw InvalidInput.field("jurisdiction", "is not yours: you manage " + by.getJurisdiction());
        }
        if (contact.channel() == null) {
            throw InvalidInput.field("channel", "must be EMAIL or WEBHOOK");
        }
        String address = contact.address() == null ? "" : contact.address().strip();
        if (contact.channel() == Channel.EMAIL
                && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw InvalidInput.field("address", "must be an e-mail address, e.g. duty@cac.example");
        }
        if (contact.channel() == Channel.WEBHOOK && !isWebhook(address)) {
            throw InvalidInput.field("address", "must be an absolute http or https URL of at most 500 characters");
        }
        try {
            jdbc.update(
                    "INSERT INTO duty_contact (jurisdiction, channel, address, created_at, created_by) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    contact.jurisdiction(),
                    contact.channel().name(),
                    address,
                    UtcColumns.toColumn(clock.instant()),
                    by.getUsername());
        } catch (DuplicateKeyException e) {
            throw InvalidInput.field("address", "is a duty contact of " + contact.jurisdiction() + " already");
        }
        audit.record(
                by,
                AuditTrail.Action.DUTY_CONTACT_CHANGED,
                contact.channel() + " " + address,
                contact.jurisdiction(),
                "added");
        return all().stream()
                .filter(c -> c.jurisdiction().equals(contact.jurisdiction())
                        && c.channel() == contact.channel()
                        && c.address().equals(address))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void remove(StaffPrincipal by, long id) {
        by.requireAnyOf(Role.ADMIN);
        Contact contact = visibleTo(by).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow(() -> DutyContactNotFound.forId(id));
        jdbc.update("DELETE FROM duty_contact WHERE id = ?", id);
        audit.record(
                by,
                AuditTrail.Action.DUTY_CONTACT_CHANGED,
                contact.channel() + " " + contact.address(),
                contact.jurisdiction(),
                "removed");
    }

    /** Who is told of what happens in the jurisdiction: its own contacts and the national ones. */
    List<Contact> of(String jurisdiction) {
        return all().stream()
                .filter(c -> c.jurisdiction().equals(jurisdiction)
                        || c.jurisdiction().equals(StaffPrincipal.NATIONAL))
                .toList();
    }

    private List<Contact> all() {
        return jdbc.query(
                "SELECT * FROM duty_contact ORDER BY jurisdiction, channel, address",
                (row, n) -> new Contact(
                        row.getLong("id"),
                        row.getString("jurisdiction"),
                        Channel.valueOf(row.getString("channel")),
                        row.getString("address"),
                        UtcColumns.instant(row, "created_at"),
                        row.getString("created_by")));
    }

    private static boolean isWebhook(String address) {
        if (address.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(address);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
