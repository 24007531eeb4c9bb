package org.prr.portal.outbound;

import java.util.List;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The duty contacts: every role reads its jurisdiction's; ADMIN adds and removes them. */
@RestController
class DutyContactController {

    private final DutyContacts contacts;
    private final OutboundBox outbox;

    DutyContactController(DutyContacts contacts, OutboundBox outbox) {
        this.contacts = contacts;
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/duty-contacts")
    List<DutyContacts.Contact> contacts(@AuthenticationPrincipal StaffPrincipal staff) {
        return contacts.visibleTo(staff);
    }

    @PostMapping("/api/v1/admin/duty-contacts")
    @ResponseStatus(HttpStatus.CREATED)
    DutyContacts.Contact add(
            @AuthenticationPrincipal StaffPrincipal staff, @RequestBody DutyContacts.NewContact contact) {
        return contacts.add(staff, contact);
    }

    @DeleteMapping("/api/v1/admin/duty-contacts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id) {
        contacts.remove(staff, id);
    }

    @GetMapping("/api/v1/outbound-notifications")
    List<OutboundBox.Notification> notifications(@AuthenticationPrincipal StaffPrincipal staff) {
        return outbox.recent(staff, 100);
    }
}
