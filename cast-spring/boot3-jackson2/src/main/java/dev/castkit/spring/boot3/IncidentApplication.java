package dev.castkit.spring.boot3;

import dev.castkit.json.CastJsonModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A minimal incident service: its REST DTOs hold CAST analyses. Spring Boot 3 registers every
 * Jackson {@code Module} bean in the {@code ObjectMapper} it configures, so the one line a user
 * adds is the bean below.
 */
@SpringBootApplication
public class IncidentApplication {

  /** The one line: CAST analyses inside the application's JSON, read and written by castkit. */
  @Bean
  CastJsonModule castJsonModule() {
    return new CastJsonModule();
  }

  public static void main(String[] args) {
    SpringApplication.run(IncidentApplication.class, args);
  }
}
