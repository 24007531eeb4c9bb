package org.prr.agent.incident;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prr.agent.LocalApiToken;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent's local endpoint for platform staff: raise a major incident, follow it up, see what was sent. When
 * {@code agent.local-api.token} is set, calls must carry it as a bearer token.
 */
@RestController
class LocalIncidentController {

    private final Incidents incidents;
    private final LocalApiToken token;

    LocalIncidentController(Incidents incidents, LocalApiToken token) {
        this.incidents = incidents;
        this.token = token;
    }

    @PostMapping("/incidents")
    ResponseEntity<Incident> raise(HttpServletRequest request, @RequestBody Incidents.Draft draft) {
        token.check(request);
        Incident incident = incidents.raise(draft);
        return ResponseEntity.created(URI.create("/incidents/" + incident.incidentId()))
                .body(incident);
    }

    @PostMapping("/incidents/{incidentId}/updates")
    ResponseEntity<IncidentUpdate> follow(
            HttpServletRequest request, @PathVariable UUID incidentId, @RequestBody Incidents.Follow follow) {
        token.check(request);
        IncidentUpdate update = incidents.follow(incidentId, follow);
        return ResponseEntity.created(URI.create("/incidents/" + incidentId + "/updates/" + update.updateId()))
                .body(update);
    }

    @GetMapping("/incidents")
    List<Incidents.Sent> all(HttpServletRequest request) {
        token.check(request);
        return incidents.all();
    }

    @ExceptionHandler(Incidents.Invalid.class)
    ProblemDetail invalid(Incidents.Invalid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY, "the incident is incomplete or wrong");
        problem.setProperty(
                "errors",
                e.violations().stream()
                        .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(Incidents.Unknown.class)
    ProblemDetail notFound(Incidents.Unknown e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
