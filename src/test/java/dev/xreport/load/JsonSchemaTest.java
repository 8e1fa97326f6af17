package dev.xreport.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema accepts every file of the embedded report, and catches what editors should flag. */
class JsonSchemaTest {
    private static JsonSchema schema;
    private static final YAMLMapper YAML = new YAMLMapper();

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("schema/xreport-report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Stream<Path> reportFiles() throws IOException {
        return Stream.concat(Files.list(Path.of("src/main/reports/webank-2022"))
                        .filter(p -> !p.getFileName().toString().equals("vocabulary.yaml")),
                Stream.of(Path.of("src/test/resources/reports/minimal/report.yaml"))).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportFiles")
    void everyReportFileConforms(Path file) throws IOException {
        JsonNode node = YAML.readTree(file.toFile());
        Set<ValidationMessage> errors = schema.validate(node);
        assertThat(errors).isEmpty();
    }

    @Test
    void theVocabularyConformsToItsSchema() throws IOException {
        JsonSchema vocabulary;
        try (InputStream in = Files.newInputStream(Path.of("schema/xreport-vocabulary.schema.json"))) {
            vocabulary = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode node = YAML.readTree(Path.of("src/main/reports/webank-2022/vocabulary.yaml").toFile());
        assertThat(vocabulary.validate(node)).isEmpty();
        assertThat(vocabulary.validate(YAML.readTree("concepts: {Assets: {balance: debet}}\n"))).isNotEmpty();
    }

    @Test
    void knowsEmptyRowsAndFlagsALanguageKeyThatIsNoTag() throws IOException {
        assertThat(schema.validate(YAML.readTree("tables:\n  - {id: t, rows: [{concept: Goodwill, empty: true}]}\n"))).isEmpty();
        assertThat(schema.validate(YAML.readTree("title: {en-US: Report, zh-Hans: 报告}\n"))).isEmpty();
        assertThat(schema.validate(YAML.readTree("title: {en_US: Report}\n"))).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("en_US"));
    }

    @Test
    void flagsAnUnknownFieldAndABadAmount() throws IOException {
        JsonNode node = YAML.readTree("facts:\n  - {concept: Cash, period: I2024, value: \"12,3x\", unti: EUR}\n");
        assertThat(schema.validate(node)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("unti"))
                .anyMatch(m -> m.contains("value"));
    }
}
