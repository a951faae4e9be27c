package dev.migrate.report;

import dev.migrate.lint.Finding;
import dev.migrate.lint.LintReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code lint} report's JSON: the revisions linted, the counts of the summary line, and each finding. */
final class LintFindings {

    private LintFindings() {}

    static Map<String, Object> json(LintReport report) {
        long errors = report.findings().stream().filter(Finding::fails).count();
        long allowed = report.findings().stream().filter(Finding::allowed).count();
        Map<String, Object> json = Reports.object();
        json.put("fails", report.fails());
        json.put("revisions", report.revisions());
        json.put("errors", errors);
        json.put("other", report.findings().size() - errors - allowed);
        json.put("allowed", allowed);
        List<Map<String, Object>> findings = new ArrayList<>(report.findings().size());
        for (Finding finding : report.findings()) {
            findings.add(finding(finding));
        }
        json.put("findings", findings);
        return json;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", finding.revision());
        json.put("className", finding.className());
        json.put("line", finding.line() > 0 ? finding.line() : null);
        json.put("rule", finding.rule().id());
        json.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        json.put("level", finding.level());
        json.put("fails", finding.fails());
        json.put("operation", finding.operation());
        json.put("message", finding.message());
        json.put("advice", finding.rule().safely());
        json.put("allowedReason", finding.allowedReason());
        return json;
    }
}
