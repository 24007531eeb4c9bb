package org.prr.portal.incident;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.Receipt;
import org.prr.portal.ApiProblem;
import org.prr.portal.intake.SignedSubmissions;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Major incidents (重大事项) from the platforms, signed like reports: each incident and each update is one ledger
 * entry in the platform's chain (INCIDENT_REPORTED, INCIDENT_UPDATED), once per id; a replay of the same body gets
 * its receipt again (200), another body under the same id is refused (422). The receipt's {@code reportId} is the
 * incident's or the update's id. The staff workflow on incidents comes later.
 */
@RestController
class IncidentIntakeController {

    private static final Logger log = LoggerFactory.getLogger(IncidentIntakeController.class);

    private final SignedSubmissions submissions;
    private final Ledger ledger;

    IncidentIntakeController(SignedSubmissions submissions, Ledger ledger) {
        this.submissions = submissions;
        this.ledger = ledger;
    }

    @PostMapping(path = "/api/v1/incidents", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> report(HttpServletRequest request, InputStream body) throws IOException {
        SignedSubmissions.Submission<Incident> submission = submissions.read(request, body, Incident.class);
        Incident incident = submission.value();
        ownedByCaller(incident.platformId(), submission);
        Ledger.Appended appended = append(submission, EntryType.INCIDENT_REPORTED, incident.incidentId());
        if (appended.outcome() == Ledger.Outcome.APPENDED) {
            log.warn(
                    "Major incident {} of {} ({}, {}): {} — ledger seq {}",
                    incident.incidentId(),
                    incident.platformId(),
                    incident.severity(),
                    incident.category(),
                    incident.title(),
                    appended.entry().seq());
        }
        return answer(appended, URI.create("/api/v1/incidents/" + incident.incidentId()));
    }

    @PostMapping(path = "/api/v1/incidents/{incidentId}/updates", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> update(HttpServletRequest request, InputStream body, @PathVariable UUID incidentId)
            throws IOException {
        SignedSubmissions.Submission<IncidentUpdate> submission = submissions.read(request, body, IncidentUpdate.class);
        IncidentUpdate update = submission.value();
        ownedByCaller(update.platformId(), submission);
        if (!update.incidentId().equals(incidentId)) {
            throw ApiProblem.invalid("incidentId", "is " + update.incidentId() + " but the path names " + incidentId);
        }
        ledger.findByReportId(incidentId)
                .filter(e -> e.type() == EntryType.INCIDENT_REPORTED
                        && e.platformId().equals(update.platformId()))
                .orElseThrow(() -> ApiProblem.notFound(
                        "no incident " + incidentId + " of " + update.platformId() + "; report the incident first"));
        Ledger.Appended appended = append(submission, EntryType.INCIDENT_UPDATED, update.updateId());
        if (appended.outcome() == Ledger.Outcome.APPENDED) {
            log.info(
                    "Incident {} of {} is {}: ledger seq {}",
                    incidentId,
                    update.platformId(),
                    update.status(),
                    appended.entry().seq());
        }
        return answer(appended, URI.create("/api/v1/incidents/" + incidentId + "/updates/" + update.updateId()));
    }

    private static void ownedByCaller(String platformId, SignedSubmissions.Submission<?> submission) {
        if (!platformId.equals(submission.caller().platformId())) {
            throw ApiProblem.forbidden("the document is for platform " + platformId + " but was signed for "
                    + submission.caller().platformId());
        }
    }

    private Ledger.Appended append(SignedSubmissions.Submission<?> submission, EntryType type, UUID id) {
        Ledger.Appended appended = ledger.appendOnce(new NewEntry(
                submission.caller().platformId(),
                type,
                new String(submission.body(), StandardCharsets.UTF_8),
                id,
                new NewEntry.PlatformSignature(
                        submission.caller().keyId(),
                        submission.caller().timestamp(),
                        submission.caller().signature())));
        if (appended.outcome() == Ledger.Outcome.CONFLICT) {
            throw ApiProblem.replayMismatch(
                    id + " was already recorded with a different body; send an update " + "with a new id instead");
        }
        return appended;
    }

    private static ResponseEntity<Receipt> answer(Ledger.Appended appended, URI location) {
        Receipt receipt = appended.entry().receipt();
        return appended.outcome() == Ledger.Outcome.APPENDED
                ? ResponseEntity.created(location).body(receipt)
                : ResponseEntity.ok(receipt);
    }
}
