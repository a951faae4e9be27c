package dev.migrate.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a chain of one-table revisions, as a large project has, for the scale test and the benchmark. */
final class GeneratedRevisions {

    private GeneratedRevisions() {}

    static String id(int n) {
        return String.format("r%06d", n);
    }

    static List<Path> write(Path dir, int count) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("gen"));
        List<Path> files = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            String revises = n == 0 ? "" : ", revises = \"" + id(n - 1) + "\"";
            String source = "package gen;\n\n"
                    + "import dev.migrate.Migration;\n"
                    + "import dev.migrate.Ops;\n"
                    + "import dev.migrate.Revision;\n\n"
                    + "@Revision(id = \"" + id(n) + "\"" + revises + ", message = \"create table t" + n + "\")\n"
                    + "public final class R" + n + " implements Migration {\n"
                    + "    @Override public void upgrade(Ops op) { op.execute(\"CREATE TABLE t" + n + " (id INT)\"); }\n"
                    + "    @Override public void downgrade(Ops op) { op.execute(\"DROP TABLE t" + n + "\"); }\n"
                    + "}\n";
            Path file = pkg.resolve("R" + n + ".java");
            Files.writeString(file, source);
            files.add(file);
        }
        return files;
    }
}
