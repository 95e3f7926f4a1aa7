package dev.castkit.spring.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal incident service on Spring Boot 4 (Jackson 3): its REST DTOs hold CAST analyses. The
 * one line a user adds is the dependency {@code dev.castkit:cast-json-jackson3}: Spring Boot 4
 * builds its {@code JsonMapper} with Jackson's module discovery, which finds {@code
 * CastJackson3Module}. Nothing here names castkit.
 */
@SpringBootApplication
public class IncidentApplication {

  public static void main(String[] args) {
    SpringApplication.run(IncidentApplication.class, args);
  }
}
