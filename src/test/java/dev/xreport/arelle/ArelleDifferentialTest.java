package dev.xreport.arelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xreport.generate.XbrlCheck;
import dev.xreport.mutate.Base;
import dev.xreport.mutate.Mutant;
import dev.xreport.mutate.Mutation;
import dev.xreport.mutate.Mutations;
import dev.xreport.mutate.Mutator;
import dev.xreport.xbrl.validate.XbrlValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Differential test: broken copies of every test report's instance and taxonomy (made by the seeded
 * {@link Mutator}), and an unchanged copy of each, judged by xreport's validator and by Arelle
 * (Calculations 1.1, round to nearest). Every verdict must agree, or the disagreement be explained in
 * {@code docs/arelle-known-differences.md}. The copies stay in {@code target/arelle-work/mutants/} and
 * the comparison in {@code target/arelle-work/differential.txt}.
 */
class ArelleDifferentialTest {
    private static final long SEED = 20261207L;
    private static final int MUTANTS = 320;

    @Test
    void xreportAndArelleGiveTheSameVerdictOnEveryCopy() throws Exception {
        var install = ArelleInstall.find();
        assumeTrue(install.isPresent(), ArelleInstall.missing());
        List<Base> bases = ReportDeliverables.all().stream().map(ArelleDifferentialTest::base).toList();
        Path dir = ReportDeliverables.WORK.resolve("mutants");
        dev.xreport.internal.Trees.delete(dir);

        long t0 = System.nanoTime();
        List<Mutant> copies = new Mutator(Mutations.all(), SEED).make(bases, MUTANTS, dir);
        long t1 = System.nanoTime();
        // Arelle runs in its own process while xreport validates here
        CompletableFuture<List<ArelleVerdict>> arelle = CompletableFuture.supplyAsync(() -> arelle(install.get(), copies));
        XbrlValidator validator = XbrlCheck.validator();
        List<XreportVerdict> xreport = new ArrayList<>();
        for (Mutant m : copies) {
            xreport.add(XreportVerdict.of(validator.validate(m.instance())));
        }
        long t2 = System.nanoTime();
        List<ArelleVerdict> theirs = arelle.join();
        long t3 = System.nanoTime();

        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            comparisons.add(new Comparison(copies.get(i), xreport.get(i), theirs.get(i)));
        }
        DifferentialReport report = new DifferentialReport(comparisons, KnownDifferences.read());
        String text = String.format("ArelleDifferentialTest: seed %d, %d copies (%d of them baselines) made in %d ms; "
                + "xreport validated them in %d ms, Arelle in %d ms (concurrently)%n", SEED, copies.size(),
                copies.stream().filter(m -> m.kind().startsWith(Mutator.BASELINE)).count(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t1))
                + report.text();
        System.out.println(text);
        Files.writeString(ReportDeliverables.WORK.resolve("differential.txt"), text, StandardCharsets.UTF_8);

        assertThat(copies).extracting(Mutant::kind).as("every kind of mutation found something to change in the test reports")
                .containsAll(Mutations.all().stream().map(Mutation::kind).toList());
        assertThat(report.unexplained().stream().map(c -> c.side().words() + ": " + c.describe()).toList())
                .as("disagreements between xreport and Arelle that %s does not explain", KnownDifferences.FILE).isEmpty();
    }

    /** A base for the mutator; the WeBank report, which Arelle takes 0.8 s to validate (the others 0.1-0.3 s), gets fewer turns. */
    private static Base base(ReportDeliverables.Generated g) {
        return new Base(g.name(), g.instance(), g.taxonomy(), g.name().startsWith("webank") ? 1 : 2);
    }

    private static List<ArelleVerdict> arelle(ArelleInstall install, List<Mutant> copies) {
        try {
            return new ArelleBatch(install, "c11r").validate(copies.stream().map(Mutant::instance).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
