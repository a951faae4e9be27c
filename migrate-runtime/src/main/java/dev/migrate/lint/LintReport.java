package dev.migrate.lint;

import java.util.List;

/**
 * The result of a lint.
 *
 * @param revisions the revisions linted, in order
 * @param findings their findings, revision by revision
 */
public record LintReport(List<String> revisions, List<Finding> findings) {

    /** Copies the lists. */
    public LintReport {
        revisions = List.copyOf(revisions);
        findings = List.copyOf(findings);
    }

    /**
     * Whether a finding fails the lint: an error that its revision does not allow.
     *
     * @return whether the lint fails
     */
    public boolean fails() {
        return findings.stream().anyMatch(Finding::fails);
    }

    /**
     * The findings, one per line, then a summary line.
     *
     * @return the text
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        findings.forEach(finding -> text.append(finding.text()).append('\n'));
        return text.append(summary()).append('\n').toString();
    }

    /**
     * The summary line, such as {@code Linted 3 revisions: 2 errors, 0 other, 1 allowed}: errors
     * that fail, other findings (warnings), and findings the revisions allow.
     *
     * @return the line, without a line break
     */
    public String summary() {
        long failing = findings.stream().filter(Finding::fails).count();
        long allowed = findings.stream().filter(Finding::allowed).count();
        return "Linted " + revisions.size() + (revisions.size() == 1 ? " revision: " : " revisions: ")
                + failing + (failing == 1 ? " error, " : " errors, ")
                + (findings.size() - failing - allowed) + " other, " + allowed + " allowed";
    }
}
