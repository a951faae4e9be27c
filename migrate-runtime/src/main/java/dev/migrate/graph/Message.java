package dev.migrate.graph;

import java.util.Locale;

/**
 * Every diagnostic of the revision graph and of revision classes, worded once so that the
 * processor, the runtime and the tests say the same thing. Each message says what to change.
 */
public enum Message {
    /** Args: what ("Revision id" or "Branch label"), the revision. */
    NAME_EMPTY("%s of %s is empty; use letters, digits and _"),
    /** Args: what, name, revision, the bad character. */
    NAME_BAD_CHARACTER("%s \"%s\" of %s contains '%s'; use only letters, digits and _"),
    /** Args: what, name, revision, length. */
    NAME_TOO_LONG("%s \"%s\" of %s has %d characters; use at most 64"),
    /** Args: what, name, revision. */
    NAME_RESERVED("%s \"%s\" of %s is a reserved word (head, heads, base, current); choose another name"),
    /** Args: id, first class, second class. */
    DUPLICATE_ID("Revision id \"%s\" is used by both %s and %s; give one of them a new id"),
    /** Args: revision, missing id, hint. */
    UNKNOWN_PARENT("%s revises \"%s\", but no revision has that id; fix the id or add the missing revision%s"),
    /** Args: revision, missing name, hint. */
    UNKNOWN_DEPENDENCY(
            "%s depends on \"%s\", which is neither a revision id nor a branch label; fix the name or add the"
                    + " missing revision%s"),
    /** Args: revision. */
    SELF_PARENT("%s revises itself; list the revisions it follows in revises"),
    /** Args: revision. */
    SELF_DEPENDENCY("%s depends on itself; remove its own id from dependsOn"),
    /** Args: revision, value, member. */
    REPEATED_VALUE("%s lists \"%s\" twice in %s; remove the repeat"),
    /** Args: the cycle, as "a -> b -> a". */
    CYCLE("Revisions form a cycle: %s (each revises or depends on the next); remove one of these revises or"
            + " dependsOn entries"),
    /** Args: count, the heads, the ids quoted for a revises list. */
    MULTIPLE_HEADS("The revision graph has %d heads: %s. Two branches each added a revision: join them with a"
            + " merge revision (mvn migrate:merge, or @Revision(revises = {%s})), give each branch its own branch"
            + " label, or compile with -Amigrate.allowMultipleHeads=true"),
    /** Args: count, the bases, this base. */
    MULTIPLE_BASES("The revision graph has %d bases: %s. %s revises nothing: set revises to the revision it"
            + " follows, or give each base its own branch label"),
    /** Args: label, first revision, second revision. */
    DUPLICATE_LABEL("Branch label \"%s\" is used by both %s and %s; rename one of them"),
    /** Args: label, revision, the revision with that id. */
    LABEL_IS_ID("Branch label \"%s\" of %s is also the id of %s; rename the label"),

    /** Args: element, its kind with an article ("an interface"). */
    NOT_A_CLASS("@Revision belongs on a class, but %s is %s; move it to a class that implements"
            + " dev.migrate.Migration"),
    /** Args: class. */
    ABSTRACT_CLASS("%s is abstract; a revision must be a concrete class"),
    /** Args: class. */
    NOT_A_MIGRATION("%s carries @Revision but does not implement dev.migrate.Migration; implement it"),
    /** Args: class. */
    NOT_PUBLIC("%s must be public (and so must the classes it is nested in), so that the generated index can"
            + " create it"),
    /** Args: class. */
    INNER_CLASS("%s is an inner class; make it static or move it to the top level"),
    /** Args: class. */
    NO_PUBLIC_CONSTRUCTOR("%s needs a public constructor without parameters; the generated index calls it"),
    /** Args: class, the failure. */
    SOURCE_UNREADABLE("Cannot read the source of %s to compute its checksum (%s); its changes will not be"
            + " detected"),
    /** Args: the revision, the path as written, the resource, the resource. */
    SCRIPT_MISSING("%s runs the script \"%s\", but there is no resource %s; put it in src/main/resources/%s"
            + " (Gradle: pass its folder with -Amigrate.resources=src/main/resources), or fix the path"),
    /** Args: the revision, the resource, the failure. */
    SCRIPT_UNREADABLE("%s runs the script %s, which cannot be read (%s)"),
    /** Args: the revision. */
    SCRIPT_NOT_CONSTANT("%s passes executeScript a path that is not a constant, so the script can neither be"
            + " checked nor included in the revision's checksum; pass a string literal"),
    /** Args: the revision. */
    CONCURRENT_INDEX_IN_TRANSACTION("%s builds an index concurrently, which PostgreSQL cannot do in a transaction;"
            + " declare it with @Revision(transactional = false), and keep its other operations in revisions of"
            + " their own"),
    /** Args: the option value. */
    BAD_INDEX_OPTION("-Amigrate.index=%s is not a valid class name; give a fully qualified name such as"
            + " com.example.db.MigrateIndex"),
    /** Args: revision. */
    LATE_REVISION("%s was generated in a later annotation-processing round, after the revision index was"
            + " written; declare revisions in source files, not with other annotation processors"),
    /** Args: class, rule id. */
    ALLOW_WITHOUT_REASON("@Allow(\"%2$s\") on %1$s has no reason; say why the finding is accepted, such as"
            + " reason = \"column unused since 1.3\""),
    /** Args: class, rule id, the rule ids. */
    ALLOW_UNKNOWN_RULE("@Allow(\"%2$s\") on %1$s names no lint rule; give one of %3$s"),
    /** Args: the module, the index class. */
    MODULE_WITHOUT_PROVIDES("Module %s does not declare the revision index %s as a provider, so at run time the"
            + " runtime finds no revisions in it (ServiceLoader reads no META-INF/services file in a named module);"
            + " add to its module-info.java: provides dev.migrate.spi.RevisionIndex with %2$s;"),
    /** Args: resource, the failure. */
    STALE_INDEX_LISTING("Cannot read the list of revisions of the previous build (%s: %s); run a clean build"
            + " (mvn clean compile)"),
    /** Args: the stack trace. */
    PROCESSOR_CRASH("migrate-processor failed unexpectedly; please report this with the stack trace:%n%s"),

    /** Args: element, its kind with an article. */
    SEED_NOT_A_CLASS("@Seed belongs on a class, but %s is %s; move it to a class that implements"
            + " dev.migrate.SeedData"),
    /** Args: class. */
    SEED_ABSTRACT_CLASS("%s is abstract; a seed must be a concrete class"),
    /** Args: class. */
    NOT_SEED_DATA("%s carries @Seed but does not implement dev.migrate.SeedData; implement it"),
    /** Args: id, first class, second class. */
    DUPLICATE_SEED_ID("Seed id \"%s\" is used by both %s and %s; give one of them a new id"),
    /** Args: seed class, the name. */
    UNKNOWN_SEED_AFTER("%s loads after \"%s\", which is neither a revision id nor a branch label; name the"
            + " revision that creates the tables it fills"),
    /** Args: seed, environment. */
    BAD_SEED_ENVIRONMENT("%s names the environment \"%s\"; give a name without spaces, such as dev or staging"),
    /** Args: seed. */
    LATE_SEED("%s was generated in a later annotation-processing round, after the index was written; declare"
            + " seeds in source files, not with other annotation processors"),

    /** Args: index class, where. */
    DUPLICATE_INDEX("The revision index %s is on the class path more than once (%s): two modules keep their"
            + " revisions in the same package. Give one of them its own index name with the compiler option"
            + " -Amigrate.index=<fully qualified class name>"),
    /** Args: index class, the failure. */
    INDEX_UNLOADABLE("Cannot load the revision index %s: %s. Rebuild the module that contains it"),
    /** Args: the problems, one per line. */
    INVALID_GRAPH("The revision graph on the class path is invalid:%n%s");

    private final String template;

    Message(String template) {
        this.template = template;
    }

    /**
     * Returns the message with its arguments filled in.
     *
     * @param args the arguments, in the order the constant's javadoc gives
     * @return the message text
     */
    public String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
