package dev.xreport.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import dev.xreport.render.xbrl.XbrlRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mutator is deterministic, makes every kind of mutation, and every mutant differs from its base. */
class MutatorTest {
    private static final int COUNT = Mutations.all().size();
    @TempDir
    static Path tmp;
    private static List<Base> bases;

    @BeforeAll
    static void bases() throws IOException {
        bases = List.of(base("minimal"), base("rich"));
    }

    private static Base base(String name) throws IOException {
        Report report = ReportLoader.load(Path.of("src/test/resources/reports", name)).report();
        Path instance = new XbrlRenderer().render(report, new Cells(report), new Findings(), tmp.resolve("bases/" + name));
        return new Base(name, instance, instance.resolveSibling(XbrlRenderer.TAXONOMY_FOLDER));
    }

    @Test
    void theSameSeedMakesTheSameCopiesAndAnotherSeedOthers() throws IOException {
        List<Mutant> first = new Mutator(Mutations.all(), 7).make(bases, COUNT, tmp.resolve("a"));
        List<Mutant> again = new Mutator(Mutations.all(), 7).make(bases, COUNT, tmp.resolve("b"));
        List<Mutant> other = new Mutator(Mutations.all(), 8).make(bases, COUNT, tmp.resolve("c"));

        assertThat(first).hasSize(COUNT + 2 * bases.size());
        assertThat(again).extracting(Mutant::id, Mutant::description)
                .containsExactlyElementsOf(first.stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.description())).toList());
        assertThat(contents(tmp.resolve("b"))).isEqualTo(contents(tmp.resolve("a")));
        assertThat(contents(tmp.resolve("c"))).isNotEqualTo(contents(tmp.resolve("a")));
    }

    @Test
    void everyKindIsMadeAndEveryMutantChangesItsBase() throws IOException {
        Path dir = tmp.resolve("kinds");
        List<Mutant> made = new Mutator(Mutations.all(), 11).make(bases, 2 * COUNT, dir);
        Set<String> kinds = made.stream().map(Mutant::kind).collect(Collectors.toSet());

        assertThat(kinds).containsAll(Mutations.all().stream().map(Mutation::kind).toList())
                .contains(Mutator.BASELINE, Mutator.REWRITTEN);
        Map<String, Map<Path, String>> baselines = new LinkedHashMap<>();
        for (Mutant m : made) {
            if (m.kind().startsWith(Mutator.BASELINE)) {
                baselines.put(m.base() + " " + m.kind(), contents(dir.resolve(m.id())));
            }
        }
        for (Mutant m : made) {
            Map<Path, String> original = baselines.get(m.base() + " " + Mutator.BASELINE);
            Map<Path, String> rewritten = baselines.get(m.base() + " " + Mutator.REWRITTEN);
            Map<Path, String> mine = contents(dir.resolve(m.id()));
            long changed = mine.keySet().stream().filter(f -> !mine.get(f).equals(original.get(f))
                    && !mine.get(f).equals(rewritten.get(f))).count();
            if (m.kind().startsWith(Mutator.BASELINE)) {
                assertThat(changed).as(m.id()).isZero();
            } else {
                assertThat(changed).as(m.id() + ": " + m.description()).isPositive();
            }
        }
    }

    /** Each file under a copy's folder, relative, and its bytes (as ISO-8859-1 text, one char a byte). */
    private static Map<Path, String> contents(Path dir) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(p), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
