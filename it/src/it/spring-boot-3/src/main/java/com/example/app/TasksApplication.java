package com.example.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootApplication
public class TasksApplication {

    public static void main(String[] args) {
        SpringApplication.run(TasksApplication.class, args);
    }

    /** Reads a migrated table while the context starts: it works only if the migration ran first. */
    @Bean
    TasksAtStartUp tasksAtStartUp(JdbcTemplate jdbc) {
        return new TasksAtStartUp(jdbc.queryForObject("SELECT COUNT(*) FROM tasks", Integer.class));
    }

    record TasksAtStartUp(int count) {}
}
