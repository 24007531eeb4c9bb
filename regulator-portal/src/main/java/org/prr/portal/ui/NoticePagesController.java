package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.prr.model.Notice;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.export.ExportFormat;
import org.prr.portal.export.Exports;
import org.prr.portal.notice.NoticeBook;
import org.prr.portal.notice.NoticeTracking;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.PlatformNotFound;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 通知: the notices the jurisdiction issued with how far their recipients got, a composer (ADMIN) that previews a
 * notice before issuing it, and one notice with every recipient's receipt, acknowledgement and reply, and a reminder
 * to those who have not acknowledged it (ANALYST and ADMIN). The services check roles and input.
 */
@Controller
class NoticePagesController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_PAGE = 200;

    /** The composer's fields as typed; {@code respondBy} is a local date-time in the jurisdiction's time zone. */
    record Form(
            String audience,
            String platformId,
            String tier,
            String severity,
            String title,
            String body,
            Boolean actionRequired,
            String respondBy) {

        static Form empty() {
            return new Form("PLATFORM", "", "KEY", "INFO", "", "", false, "");
        }

        /** An unticked box sends nothing. */
        public boolean mustReply() {
            return Boolean.TRUE.equals(actionRequired);
        }
    }

    private final NoticeBook notices;
    private final NoticeTracking tracking;
    private final Obligations obligations;
    private final Downloads downloads;
    private final MessageSource messages;

    NoticePagesController(
            NoticeBook notices,
            NoticeTracking tracking,
            Obligations obligations,
            Downloads downloads,
            MessageSource messages) {
        this.notices = notices;
        this.tracking = tracking;
        this.obligations = obligations;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/ui/notices")
    String notices(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(required = false) Notice.Kind kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return list(by, kind, page, Form.empty(), model);
    }

    /** The notices of the kind chosen, every page, with the list's columns and what each one said and asked. */
    @GetMapping("/ui/notices/export")
    void export(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(required = false) Notice.Kind kind,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ZoneId zone = obligations.timeZone();
        downloads.send(
                by,
                "notices",
                format,
                Downloads.filters("kind", kind),
                downloads.labels(
                        locale,
                        "notices.noticeTitle",
                        "notices.kind",
                        "notices.severity",
                        "notices.audience",
                        "notices.issuedAt",
                        "notices.issuedBy",
                        "notices.recipients",
                        "notices.delivered",
                        "notices.acknowledged",
                        "notices.replied",
                        "notices.overdue",
                        "notices.actionRequired",
                        "notices.respondBy",
                        "notices.body",
                        "notices.id"),
                Exports.pages(page -> tracking.issued(by, kind, page, EXPORT_PAGE).notices().stream()
                        .map(t -> {
                            Notice n = t.notice();
                            return Arrays.<Object>asList(
                                    n.title(),
                                    messages.getMessage("notices.kind." + n.kind(), null, locale),
                                    messages.getMessage("notices.severity." + n.severity(), null, locale),
                                    messages.getMessage("notices.audience." + n.audience(), null, locale)
                                            + (n.platformId() != null ? " " + n.platformId() : "")
                                            + (n.tier() != null
                                                    ? " "
                                                            + messages.getMessage(
                                                                    "tier." + n.tier(), null, n.tier(), locale)
                                                    : ""),
                                    Forms.time(n.issuedAt().toInstant(), zone),
                                    n.issuedBy(),
                                    t.recipients(),
                                    t.delivered(),
                                    t.acknowledged(),
                                    t.replied(),
                                    t.overdue(),
                                    messages.getMessage("code." + n.actionRequired(), null, locale),
                                    n.respondBy() == null
                                            ? null
                                            : Forms.time(n.respondBy().toInstant(), zone),
                                    n.body(),
                                    n.noticeId().toString());
                        })
                        .toList()),
                response);
    }

    /** Preview shows the notice as platforms will read it; issue sends it. Either way a wrong field is said. */
    @PostMapping("/ui/notices")
    String compose(
            @AuthenticationPrincipal StaffPrincipal by,
            Form form,
            @RequestParam(defaultValue = "preview") String step,
            Model model,
            RedirectAttributes redirect) {
        try {
            Notice.Draft draft = draft(form);
            if ("issue".equals(step)) {
                Notice issued = notices.issue(by, draft);
                redirect.addFlashAttribute("done", "notices.done.issued");
                return "redirect:/ui/notices/" + issued.noticeId();
            }
            model.addAttribute("preview", draft);
        } catch (InvalidInput | PlatformNotFound refused) {
            model.addAttribute("problemDetail", refused.getMessage());
        }
        return list(by, null, 0, form, model);
    }

    @GetMapping("/ui/notices/{noticeId}")
    String notice(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable UUID noticeId,
            @RequestParam(defaultValue = "false") boolean unacknowledged,
            Model model) {
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("tracked", tracking.notice(by, noticeId));
        model.addAttribute("recipients", tracking.recipients(by, noticeId, unacknowledged));
        model.addAttribute("unacknowledged", unacknowledged);
        return "ui/notice";
    }

    @PostMapping("/ui/notices/{noticeId}/remind")
    String remind(
            @AuthenticationPrincipal StaffPrincipal by, @PathVariable UUID noticeId, RedirectAttributes redirect) {
        Forms.act(redirect, "notice.done.reminded", () -> tracking.remind(by, noticeId));
        return "redirect:/ui/notices/" + noticeId;
    }

    private String list(StaffPrincipal by, Notice.Kind kind, int page, Form form, Model model) {
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("result", tracking.issued(by, kind, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        return "ui/notices";
    }

    private Notice.Draft draft(Form form) {
        ZoneId zone = obligations.timeZone();
        OffsetDateTime respondBy = null;
        if (form.respondBy() != null && !form.respondBy().isBlank()) {
            try {
                respondBy = LocalDateTime.parse(form.respondBy().strip())
                        .atZone(zone)
                        .toOffsetDateTime();
            } catch (DateTimeException notATime) {
                throw InvalidInput.field("respondBy", "must be a date and time, e.g. 2027-01-31T18:00");
            }
        }
        Notice.Audience audience = Forms.choice(Notice.Audience.class, "audience", form.audience());
        return new Notice.Draft(
                audience,
                audience == Notice.Audience.PLATFORM ? Forms.blankToNull(form.platformId()) : null,
                audience == Notice.Audience.TIER ? Forms.blankToNull(form.tier()) : null,
                Forms.choice(Notice.Severity.class, "severity", form.severity()),
                Forms.blankToNull(form.title()),
                Forms.blankToNull(form.body()),
                form.mustReply(),
                respondBy);
    }
}
