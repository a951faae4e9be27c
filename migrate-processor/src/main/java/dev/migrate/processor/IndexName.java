package dev.migrate.processor;

import com.palantir.javapoet.ClassName;
import dev.migrate.graph.Message;
import java.util.List;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * Chooses the index class's name: {@code -Amigrate.index} when given, else {@code MigrateIndex}
 * in the revisions' common package, so each module's index has a name of its own as long as
 * modules keep their revisions in packages of their own (the runtime refuses a clash).
 */
final class IndexName {

    static final String DEFAULT_SIMPLE_NAME = "MigrateIndex";

    private IndexName() {}

    /** The name; throws {@link IllegalArgumentException} with the message when the option is not a class name. */
    static ClassName choose(String option, List<RevisionModel> revisions, Elements elements) {
        if (option != null) {
            if (!SourceVersion.isName(option)) {
                throw new IllegalArgumentException(Message.BAD_INDEX_OPTION.format(option));
            }
            int dot = option.lastIndexOf('.');
            return dot < 0 ? ClassName.get("", option) : ClassName.get(option.substring(0, dot), option.substring(dot + 1));
        }
        String common = null;
        for (RevisionModel revision : revisions) {
            PackageElement pkg = elements.getPackageOf(revision.element());
            String name = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
            common = common == null ? name : commonPrefix(common, name);
        }
        return ClassName.get(common == null ? "" : common, DEFAULT_SIMPLE_NAME);
    }

    /** The longest common package of two packages, by whole segments. */
    static String commonPrefix(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(left[i]);
        }
        return prefix.toString();
    }
}
