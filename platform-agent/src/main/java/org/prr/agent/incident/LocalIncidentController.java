package org.prr.agent.incident;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent's local endpoint for platform staff: raise a major incident, follow it up, see what was sent. The local
 * API's token and its problem answers stand in front of it (module {@code localapi}).
 */
@RestController
class LocalIncidentController {

    private final Incidents incidents;

    LocalIncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @PostMapping("/incidents")
    ResponseEntity<Incident> raise(@RequestBody Incidents.Draft draft) {
        Incident incident = incidents.raise(draft);
        return ResponseEntity.created(URI.create("/incidents/" + incident.incidentId()))
                .body(incident);
    }

    @PostMapping("/incidents/{incidentId}/updates")
    ResponseEntity<IncidentUpdate> follow(@PathVariable UUID incidentId, @RequestBody Incidents.Follow follow) {
        IncidentUpdate update = incidents.follow(incidentId, follow);
        return ResponseEntity.created(URI.create("/incidents/" + incidentId + "/updates/" + update.updateId()))
                .body(update);
    }

    @GetMapping("/incidents")
    List<Incidents.Sent> all() {
        return incidents.all();
    }
}
