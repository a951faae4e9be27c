package dev.migrate.maven;

import dev.migrate.diff.ChangeSource;
import dev.migrate.spi.RevisionDescriptor;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java source of a new revision class. The same values give the same text, byte for byte:
 * {@code \n} line ends and no date. Characters of the message that the sources' encoding cannot
 * hold are written as Unicode escapes.
 */
final class RevisionSource {

    /** Annotations longer than this are written one member per line. */
    private static final int LINE_LENGTH = 100;

    private RevisionSource() {}

    /**
     * Generated bodies for the new revision.
     *
     * @param header the lines of the comment above the class, without {@code //}
     * @param changes the statements of {@code upgrade} and {@code downgrade}, and their imports
     */
    record Body(List<String> header, ChangeSource changes) {}

    /**
     * The class's source.
     *
     * @param revision the new revision; its class name gives the package and the class
     * @param merge whether it only joins branches: its bodies then say there is nothing to do
     * @param body generated bodies, or {@code null} for bodies to fill in
     * @param encoding the encoding the file will be written in
     */
    static String render(RevisionDescriptor revision, boolean merge, Body body, Charset encoding) {
        String className = revision.className();
        int dot = className.lastIndexOf('.');
        String packageName = dot < 0 ? "" : className.substring(0, dot);
        String simpleName = className.substring(dot + 1);
        CharsetEncoder encoder = encoding.newEncoder();

        List<String> members = new ArrayList<>();
        members.add("id = " + literal(revision.id(), encoder));
        addList(members, "revises", revision.revises(), encoder);
        addList(members, "dependsOn", revision.dependsOn(), encoder);
        addList(members, "branchLabels", revision.branchLabels(), encoder);
        members.add("message = " + literal(revision.message(), encoder));
        String annotation = "@Revision(" + String.join(", ", members) + ")";
        if (annotation.length() > LINE_LENGTH) {
            annotation = "@Revision(\n        " + String.join(",\n        ", members) + ")";
        }

        String upgrade = merge
                ? "// Nothing to do: this revision joins the branches. Reconcile their changes here if they clash."
                : "// TODO the schema change, for example op.execute(\"CREATE TABLE ...\");";
        String downgrade = merge
                ? "// Nothing to do: downgrading it splits the branches again."
                : "// TODO undo what upgrade does, for example op.execute(\"DROP TABLE ...\");";
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        List<String> imports = new ArrayList<>(List.of("dev.migrate.Migration", "dev.migrate.Ops", "dev.migrate.Revision"));
        List<String> upgradeLines = List.of(upgrade);
        List<String> downgradeLines = List.of(downgrade);
        if (body != null) {
            imports.addAll(body.changes().imports());
            imports.sort(null);
            upgradeLines = body.changes().upgrade().isEmpty() ? List.of("// Nothing: the schema matches the entities.")
                    : body.changes().upgrade();
            downgradeLines = body.changes().downgrade().isEmpty() ? List.of("// Nothing to undo.")
                    : body.changes().downgrade();
        }
        for (String name : imports) {
            out.append("import ").append(name).append(";\n");
        }
        out.append('\n');
        if (body != null) {
            for (String line : body.header()) {
                out.append(line.isEmpty() ? "//" : "// " + escaped(line, encoder)).append('\n');
            }
        }
        out.append(annotation).append('\n')
                .append("public final class ").append(simpleName).append(" implements Migration {\n\n")
                .append("    @Override\n")
                .append("    public void upgrade(Ops op) {\n");
        lines(out, upgradeLines, encoder);
        out.append("    }\n\n")
                .append("    @Override\n")
                .append("    public void downgrade(Ops op) {\n");
        lines(out, downgradeLines, encoder);
        out.append("    }\n")
                .append("}\n");
        return out.toString();
    }

    private static void lines(StringBuilder out, List<String> lines, CharsetEncoder encoder) {
        for (String line : lines) {
            out.append("        ").append(escaped(line, encoder)).append('\n');
        }
    }

    /** A line with the characters the encoding cannot hold as Unicode escapes, which javac reads anywhere. */
    private static String escaped(String line, CharsetEncoder encoder) {
        StringBuilder text = new StringBuilder();
        line.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            if (encoder.canEncode(s)) {
                text.append(s);
            } else {
                for (char unit : s.toCharArray()) {
                    text.append(String.format("\\u%04x", (int) unit));
                }
            }
        });
        return text.toString();
    }

    private static void addList(List<String> members, String name, List<String> values, CharsetEncoder encoder) {
        if (values.isEmpty()) {
            return;
        }
        List<String> literals = new ArrayList<>();
        for (String value : values) {
            literals.add(literal(value, encoder));
        }
        members.add(name + " = " + (literals.size() == 1 ? literals.get(0) : "{" + String.join(", ", literals) + "}"));
    }

    private static String literal(String value, CharsetEncoder encoder) {
        return Json.quoted(value, encoder);
    }
}
