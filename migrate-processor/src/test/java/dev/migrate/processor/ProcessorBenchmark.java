package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports what the processor adds to a compilation of 10,000 revisions, against plain javac. Not
 * part of the default test run: {@code mvn -Pbenchmark -pl migrate-processor -am test
 * -Dtest=ProcessorBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. The numbers are printed,
 * never asserted.
 */
@Tag("benchmark")
class ProcessorBenchmark {

    private static final int REVISIONS = Integer.getInteger("migrate.benchmark.revisions", 10_000);
    private static final int RUNS = Integer.getInteger("migrate.benchmark.runs", 3);

    @TempDir
    Path dir;

    @Test
    void processorOverheadOnTenThousandRevisions() throws IOException {
        List<Path> sources = GeneratedRevisions.write(dir.resolve("src"), REVISIONS);
        compile(sources, "warmup-plain", "-proc:none");
        compile(sources, "warmup-processed");
        List<Long> plain = new ArrayList<>();
        List<Long> processed = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            plain.add(compile(sources, "plain" + run, "-proc:none"));
            processed.add(compile(sources, "processed" + run));
        }
        long plainMedian = median(plain);
        long processedMedian = median(processed);
        System.out.printf(Locale.ROOT, "%nmigrate-processor benchmark: %,d revisions, median of %d runs%n", REVISIONS, RUNS);
        System.out.printf(Locale.ROOT, "  plain javac            %,8d ms  %s%n", plainMedian, plain);
        System.out.printf(Locale.ROOT, "  javac + processor      %,8d ms  %s%n", processedMedian, processed);
        System.out.printf(Locale.ROOT, "  processor overhead     %,8d ms  (%.1f%%)%n", processedMedian - plainMedian,
                100.0 * (processedMedian - plainMedian) / plainMedian);
    }

    private long compile(List<Path> sources, String name, String... options) throws IOException {
        Path out = dir.resolve(name);
        long start = System.nanoTime();
        RealJavac.Result result = RealJavac.compile(sources, out, dir.resolve(name + "-generated"), options);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(result.success(), result.diagnostics());
        try (Stream<Path> walk = Files.walk(out)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
