package org.prr.portal.flag;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Flags for staff of the jurisdiction: every role reads them; ANALYST and ADMIN work them. */
@RestController
class FlagController {

    /** What staff say when they acknowledge or resolve a flag. */
    record Note(String note) {}

    /** Why a flag is waived, and until when. */
    record Waiver(String reason, Instant until) {}

    private final Flags flags;

    FlagController(Flags flags) {
        this.flags = flags;
    }

    @GetMapping("/api/v1/flags")
    FlagPage flags(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(required = false) Set<FlagState> state,
            @RequestParam(required = false) GapRule rule,
            @RequestParam(required = false) FlagSeverity severity,
            @RequestParam(required = false) String platformId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return flags.find(staff, new FlagQuery(state, rule, severity, platformId, page, size));
    }

    @GetMapping("/api/v1/flags/{flagId}")
    Flag flag(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID flagId) {
        return flags.get(staff, flagId);
    }

    @PostMapping("/api/v1/flags/{flagId}/acknowledge")
    Flag acknowledge(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable UUID flagId,
            @RequestBody(required = false) Note note) {
        return flags.acknowledge(staff, flagId, note == null ? null : note.note());
    }

    @PostMapping("/api/v1/flags/{flagId}/resolve")
    Flag resolve(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID flagId, @RequestBody Note note) {
        return flags.resolve(staff, flagId, note.note());
    }

    @PostMapping("/api/v1/flags/{flagId}/waive")
    Flag waive(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID flagId, @RequestBody Waiver waiver) {
        return flags.waive(staff, flagId, waiver.reason(), waiver.until());
    }
}
