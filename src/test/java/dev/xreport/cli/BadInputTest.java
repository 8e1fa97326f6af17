package dev.xreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under src/test/resources/bad-input is a report with one thing wrong, named by the
 * finding it must produce. Its expected.txt holds that one finding as printed (reviewed by hand),
 * relative to the folder. The run prints exactly that line, exits 2 (1 for arithmetic findings),
 * and writes nothing.
 */
class BadInputTest {
    private static final Path FIXTURES = Path.of("src/test/resources/bad-input");

    static Stream<Path> fixtures() throws IOException {
        return Files.list(FIXTURES).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givesOneClearFindingAndWritesNothing(Path fixture, @TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("output");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.execute(new PrintWriter(stdout), new PrintWriter(stderr), "generate", fixture.toString(),
                "--out", out.toString());

        String code = fixture.getFileName().toString().replaceAll("^(XR-[A-Z]+-\\d+).*", "$1");
        String expected = Files.readString(fixture.resolve("expected.txt"), StandardCharsets.UTF_8).strip();
        assertThat(stderr.toString().lines().toList()).containsExactly(fixture + "/" + expected);
        assertThat(expected).contains(code);
        assertThat(exit).isEqualTo(code.startsWith("XR-CALC") ? 1 : 2);
        assertThat(out).doesNotExist();
        assertThat(stdout.toString()).contains("nothing written");
    }
}
