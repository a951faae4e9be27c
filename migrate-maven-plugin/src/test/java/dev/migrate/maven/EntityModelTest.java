package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.diff.SchemaModel;
import dev.migrate.schema.Column;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityModelTest {

    private static final String STAY = """
            package hotel;
            @jakarta.persistence.Entity
            public class GuestStay {
                @jakarta.persistence.Id Long id;
                java.time.LocalDate checkIn;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aProjectWithoutEntitiesHasNoModel() throws Exception {
        Path classes = EntitySources.compile(dir, Map.of("plain.Thing", "package plain; public class Thing {}"));
        List<String> log = new ArrayList<>();
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2)) {
            assertEquals(Optional.empty(), new EntityModel(classes, List.of(classes.toString()), null, null)
                    .read(db.dataSource(), log::add));
        }
        assertEquals(List.of(), log);
    }

    @Test
    void namesFollowHibernateUnlessSpringBootOrAParameterSaysOtherwise() throws Exception {
        Path classes = EntitySources.compile(dir, Map.of("hotel.GuestStay", STAY));
        assertEquals(List.of("gueststay: id, checkin"), tables(classes, null));
        assertEquals(List.of("guest_stay: id, check_in"),
                tables(classes, "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"));

        // Spring Boot's auto-configuration on the class path: its snake-case names, as the application gets them.
        Path boot = classes.resolve("org/springframework/boot/hibernate/autoconfigure/HibernateJpaAutoConfiguration.class");
        Files.createDirectories(boot.getParent());
        Files.write(boot, new byte[0]);
        assertEquals(List.of("guest_stay: id, check_in"), tables(classes, null));
    }

    private static List<String> tables(Path classes, String physical) throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2)) {
            SchemaModel model = new EntityModel(classes, List.of(classes.toString()), physical, null)
                    .read(db.dataSource(), line -> {}).orElseThrow();
            return model.tables().stream().map(t -> t.name() + ": " + String.join(", ",
                    t.columns().stream().map(Column::name).toList())).toList();
        }
    }
}
