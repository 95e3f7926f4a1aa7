package dev.castkit.spring.boot4;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Takes an incident and returns it as the service stored it. */
@RestController
class IncidentController {

  @PostMapping("/incidents")
  Incident file(@RequestBody Incident incident) {
    return new Incident(incident.ticket(), incident.analysis());
  }
}
