package org.prr.portal.outbound;

import org.prr.model.Incident;
import org.prr.portal.flag.FlagOpened;
import org.prr.portal.flag.FlagSeverity;
import org.prr.portal.flag.GapRule;
import org.prr.portal.incident.IncidentReported;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the duty contacts are told: a new incident, a follow-up gone overdue, a new CRITICAL flag. Each is written to
 * the outbox in the transaction that records it, so it is sent if and only if that commits.
 */
@Component
class Notifications {

    private final OutboundBox outbox;
    private final PlatformRegistry platforms;

    Notifications(OutboundBox outbox, PlatformRegistry platforms) {
        this.outbox = outbox;
        this.platforms = platforms;
    }

    @EventListener
    void reported(IncidentReported reported) {
        Incident incident = reported.incident();
        Platform platform = platforms.registered(incident.platformId());
        outbox.enqueue(
                platform.getJurisdiction(),
                new OutboundBox.Message(
                        "INCIDENT_REPORTED",
                        platform.getPlatformId(),
                        "incident/" + incident.incidentId(),
                        "[重大事项 " + incident.severity() + "] " + platform.getName() + "：" + incident.title(),
                        "平台：" + platform.getName() + "（" + platform.getPlatformId() + "）\n"
                                + "级别：" + incident.severity() + "\n"
                                + "类别：" + incident.category() + "\n"
                                + "发生时间：" + incident.occurredAt() + "\n"
                                + "发现时间：" + incident.detectedAt() + "\n"
                                + "概要：" + incident.summary() + "\n"
                                + (incident.scope() == null ? "" : "影响范围：" + incident.scope() + "\n")
                                + (incident.actionsTaken() == null ? "" : "已采取措施：" + incident.actionsTaken() + "\n")
                                + "联系人：" + incident.contact() + "\n"
                                + "事项编号：" + incident.incidentId()));
    }

    @EventListener
    void opened(FlagOpened flag) {
        boolean overdue = flag.rule() == GapRule.INCIDENT_FOLLOW_UP_OVERDUE;
        if (!overdue && flag.severity() != FlagSeverity.CRITICAL) {
            return;
        }
        Platform platform = platforms.registered(flag.platformId());
        outbox.enqueue(
                platform.getJurisdiction(),
                new OutboundBox.Message(
                        overdue ? "INCIDENT_FOLLOW_UP_OVERDUE" : "CRITICAL_FLAG",
                        platform.getPlatformId(),
                        "flag/" + flag.flagId(),
                        (overdue ? "[重大事项续报逾期] " : "[问题线索 " + flag.severity() + "] ") + platform.getName() + "："
                                + flag.rule(),
                        "平台：" + platform.getName() + "（" + platform.getPlatformId() + "）\n"
                                + "规则：" + flag.rule() + "\n"
                                + "对象：" + flag.subject() + "\n"
                                + "情况：" + flag.detail() + "\n"
                                + "线索编号：" + flag.flagId()));
    }
}
