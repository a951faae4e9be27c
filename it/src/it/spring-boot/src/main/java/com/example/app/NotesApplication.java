package com.example.app;

import dev.migrate.report.Check;
import dev.migrate.report.CommandNames;
import dev.migrate.spring.MigrateStrategy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootApplication
public class NotesApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotesApplication.class, args);
    }

    /** Reads a migrated table while the context starts: it works only if the migration ran first. */
    @Bean
    NotesAtStartUp notesAtStartUp(JdbcTemplate jdbc) {
        return new NotesAtStartUp(jdbc.queryForObject("SELECT COUNT(*) FROM notes", Integer.class));
    }

    /** With the profile check-only, the application refuses to start on a database that is not at its heads. */
    @Bean
    @Profile("check-only")
    MigrateStrategy checkOnly() {
        return migrator -> {
            Check check = Check.run(migrator, null, CommandNames.API);
            if (!check.passed()) {
                throw new IllegalStateException(check.failure());
            }
        };
    }

    /**
     * Everything open, except with the profile secured: then actuator's POST operations need a user
     * (spring.security.user.* in application-secured.properties).
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http, Environment environment) throws Exception {
        boolean secured = environment.matchesProfiles("secured");
        http.authorizeHttpRequests(requests -> {
            if (secured) {
                requests.requestMatchers(HttpMethod.POST, "/actuator/**").authenticated();
            }
            requests.anyRequest().permitAll();
        });
        http.httpBasic(Customizer.withDefaults());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/actuator/**"));
        return http.build();
    }

    record NotesAtStartUp(int count) {}
}
