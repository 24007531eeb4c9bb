package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.prr.portal.enforcement.Enforcement;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.meeting.MeetingPacks;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 例会材料: the meeting packs made in the jurisdiction with their hashes, and a form (ANALYST, ADMIN) that makes one
 * for a period (last month unless chosen) with the period's enforcement actions to tick as typical cases.
 */
@Controller
class MeetingPackPagesController {

    private final MeetingPacks packs;
    private final Enforcement enforcement;
    private final Obligations obligations;
    private final Clock clock;

    MeetingPackPagesController(MeetingPacks packs, Enforcement enforcement, Obligations obligations, Clock clock) {
        this.packs = packs;
        this.enforcement = enforcement;
        this.obligations = obligations;
        this.clock = clock;
    }

    @GetMapping("/ui/meeting-packs")
    String packs(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(obligations.timeZone()));
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
        LocalDate start = lastMonth;
        LocalDate end = lastMonth.plusMonths(1).minusDays(1);
        try {
            LocalDate chosenFrom = Forms.date("from", from);
            LocalDate chosenTo = Forms.date("to", to);
            if (chosenFrom != null && chosenTo != null && !chosenFrom.isAfter(chosenTo)) {
                start = chosenFrom;
                end = chosenTo;
            } else if (chosenFrom != null || chosenTo != null) {
                model.addAttribute("filterProblem", true);
            }
        } catch (InvalidInput notADate) {
            model.addAttribute("filterProblem", true);
        }
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("packs", packs.list(by));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute(
                "actions",
                enforcement
                        .find(by, new Enforcement.ActionQuery(null, null, start, end, 0, 200))
                        .actions());
        return "ui/meeting-packs";
    }

    @PostMapping("/ui/meeting-packs")
    String create(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) List<String> typicalCases,
            @RequestParam(required = false) String remarks,
            RedirectAttributes redirect) {
        Forms.act(
                redirect,
                "pack.done.made",
                () -> packs.create(
                        by,
                        new MeetingPacks.Request(
                                Forms.date("from", from),
                                Forms.date("to", to),
                                typicalCases == null
                                        ? List.of()
                                        : typicalCases.stream()
                                                .map(id -> Forms.uuid("typicalCases", id))
                                                .toList(),
                                Forms.blankToNull(remarks))));
        return "redirect:/ui/meeting-packs";
    }

    /** The pack's PDF exactly as it was made. */
    @GetMapping("/ui/meeting-packs/{packId}.pdf")
    void pdf(@AuthenticationPrincipal StaffPrincipal by, @PathVariable UUID packId, HttpServletResponse response)
            throws IOException {
        byte[] file = packs.pdf(by, packId);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"meeting-pack-" + packId + ".pdf\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
