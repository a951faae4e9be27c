package dev.migrate.internal.index;

import dev.migrate.MigrationException;
import dev.migrate.graph.Message;
import dev.migrate.graph.Problem;
import dev.migrate.graph.RevisionGraphValidator;
import dev.migrate.spi.RevisionIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the generated revision indexes of a class loader with {@link ServiceLoader}, merges them
 * and checks the merged graph with the rules the processor applies to each compilation.
 */
public final class IndexLoader {

    static final String SERVICE_FILE = "META-INF/services/" + RevisionIndex.class.getName();

    private IndexLoader() {}

    /**
     * Loads, merges and validates every index visible to {@code classLoader}.
     *
     * <p>A lone index is taken as the processor checked it, with rules at least as strict as
     * {@code allowMultipleHeads = true}: checking its thousands of revisions again would only slow
     * every start. Indexes that merge, and a lone one held to the heads rule, are checked here.
     *
     * @param classLoader where to look
     * @param allowMultipleHeads whether several unlabelled heads are accepted
     * @return the revisions
     * @throws MigrationException when an index cannot be loaded, is on the class path twice, or the
     *     merged graph breaks a rule
     */
    public static LoadedRevisions load(ClassLoader classLoader, boolean allowMultipleHeads) {
        rejectDuplicateIndexes(classLoader);
        LoadedRevisions.Builder builder = LoadedRevisions.builder();
        ServiceLoader<RevisionIndex> loader = ServiceLoader.load(RevisionIndex.class, classLoader);
        int indexes = 0;
        try {
            for (RevisionIndex index : loader) {
                builder.add(index);
                indexes++;
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new MigrationException(Message.INDEX_UNLOADABLE.format(RevisionIndex.class.getName(), e.getMessage()), e);
        }
        // Every descriptor, duplicates included, so the duplicate-id rule sees them.
        LoadedRevisions revisions = builder.build();
        if (indexes == 1 && allowMultipleHeads) {
            return revisions;
        }
        List<Problem> problems = RevisionGraphValidator.validate(revisions.nodes(), allowMultipleHeads);
        if (!problems.isEmpty()) {
            String lines = problems.stream().map(p -> "  - " + p.text()).collect(Collectors.joining(System.lineSeparator()));
            throw new MigrationException(Message.INVALID_GRAPH.format(lines));
        }
        return revisions;
    }

    /**
     * ServiceLoader silently keeps one provider per class name, so two jars whose indexes share a
     * name would lose one jar's revisions: refuse instead.
     */
    private static void rejectDuplicateIndexes(ClassLoader classLoader) {
        Map<String, List<String>> where = new LinkedHashMap<>();
        try {
            Enumeration<URL> files = classLoader.getResources(SERVICE_FILE);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                for (String name : providerNames(file)) {
                    where.computeIfAbsent(name, k -> new ArrayList<>()).add(file.toString());
                }
            }
        } catch (IOException e) {
            throw new MigrationException(Message.INDEX_UNLOADABLE.format(SERVICE_FILE, e.getMessage()), e);
        }
        for (Map.Entry<String, List<String>> entry : where.entrySet()) {
            if (entry.getValue().size() > 1) {
                throw new MigrationException(
                        Message.DUPLICATE_INDEX.format(entry.getKey(), String.join(", ", entry.getValue())));
            }
        }
    }

    private static List<String> providerNames(URL file) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
