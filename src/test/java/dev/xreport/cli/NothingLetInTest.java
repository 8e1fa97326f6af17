package dev.xreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import dev.xreport.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a document asks for, xreport fetches nothing and reads no file it was not given.
 *
 * <p>The network: every test listens on a local port and points the hostile reference at it.
 * A connection attempt completes in the listener's backlog whether or not it is accepted, so a
 * non-blocking accept that finds nothing proves that none was made.
 *
 * <p>Files: external entities point at a named pipe with no writer. Opening it for reading would
 * block forever, so a run that ends at all has not opened it; a run that did would time out.
 */
class NothingLetInTest {
    private static final Path MINIMAL = Path.of("src/test/resources/reports/minimal");
    private static final Path TAXONOMY = Path.of("src/test/resources/xbrl/taxonomy/xr-test.xsd").toAbsolutePath();

    @TempDir
    Path tmp;
    private ServerSocketChannel listener;
    private String url;

    @BeforeEach
    void listen() throws IOException {
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress("127.0.0.1", 0), 50);
        listener.configureBlocking(false);
        url = "http://127.0.0.1:" + listener.socket().getLocalPort();
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    private void assertNoConnection() throws IOException {
        assertThat(listener.accept()).as("a connection to " + url).isNull();
    }

    private record Run(int exit, String out, String err) { }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String instance(String doctype, String schemaRef, String note) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\"\n"
                + "  xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:t=\"https://xreport.dev/test\">\n"
                + "  <link:schemaRef xlink:type=\"simple\" xlink:href=\"" + schemaRef + "\"/>\n"
                + "  <xbrli:context id=\"FY2022\"><xbrli:entity><xbrli:identifier scheme=\"https://xreport.dev/entity\">test</xbrli:identifier>"
                + "</xbrli:entity><xbrli:period><xbrli:startDate>2022-01-01</xbrli:startDate><xbrli:endDate>2022-12-31</xbrli:endDate>"
                + "</xbrli:period></xbrli:context>\n"
                + "  <t:Note contextRef=\"FY2022\" xml:lang=\"en\">" + note + "</t:Note>\n</xbrli:xbrl>\n";
    }

    private static String inline(String doctype, String schemaRef) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\"\n"
                + "  xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\"\n"
                + "  xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:t=\"https://xreport.dev/test\">\n"
                + "<head><title>x</title></head><body><div style=\"display:none\"><ix:header><ix:references>\n"
                + "<link:schemaRef xlink:type=\"simple\" xlink:href=\"" + schemaRef + "\"/></ix:references><ix:resources>\n"
                + "<xbrli:context id=\"FY2022\"><xbrli:entity><xbrli:identifier scheme=\"https://xreport.dev/entity\">test</xbrli:identifier>"
                + "</xbrli:entity><xbrli:period><xbrli:startDate>2022-01-01</xbrli:startDate><xbrli:endDate>2022-12-31</xbrli:endDate>"
                + "</xbrli:period></xbrli:context>\n</ix:resources></ix:header></div>\n"
                + "<p><ix:nonNumeric name=\"t:Note\" contextRef=\"FY2022\" xml:lang=\"en\">" + (doctype.isEmpty() ? "a note" : "&secret;")
                + "</ix:nonNumeric></p></body></html>\n";
    }

    private static String entity(String systemId) {
        return "<!DOCTYPE x [<!ENTITY secret SYSTEM \"" + systemId + "\">]>\n";
    }

    /** A report folder whose templates folder holds {@code cover} as fragments/cover.html. */
    private Path reportWithCover(String cover) throws IOException {
        Path report = tmp.resolve("report");
        Files.createDirectories(report.resolve("templates/fragments"));
        Files.copy(MINIMAL.resolve("report.yaml"), report.resolve("report.yaml"));
        Files.writeString(report.resolve("templates/fragments/cover.html"), cover);
        return report;
    }

    private static String cover(String doctype, String extra) throws IOException {
        String ours = Files.readString(Path.of("templates/fragments/cover.html"));
        return ours.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype)
                .replace("  <h1 class=\"title\"", extra + "\n  <h1 class=\"title\"");
    }

    // ---------------------------------------------------------------- the network

    @Test
    void anInstanceWhoseTaxonomyIsOnAServerIsAFindingAndNoConnection() throws IOException {
        Path file = tmp.resolve("instance.xbrl");
        Files.writeString(file, instance("", url + "/taxonomy.xsd", "a note"));
        Run run = cli("validate", file.toString());
        assertThat(run.err()).contains("error XR-XBRL-602").contains(url + "/taxonomy.xsd");
        assertThat(run.exit()).isEqualTo(2);
        assertNoConnection();
    }

    @Test
    void aTaxonomyThatImportsFromAServerIsAFindingAndNoConnection() throws IOException {
        Path schema = tmp.resolve("importing.xsd");
        Files.writeString(schema, Files.readString(TAXONOMY)
                .replace("xlink:href=\"xr-test_cal.xml\"", "xlink:href=\"" + TAXONOMY.resolveSibling("xr-test_cal.xml").toUri() + "\"")
                .replace("<xs:import ", "<xs:import namespace=\"urn:elsewhere\" schemaLocation=\"" + url + "/elsewhere.xsd\"/>\n  <xs:import "));
        Path file = tmp.resolve("instance.xbrl");
        Files.writeString(file, instance("", "importing.xsd", "a note"));
        Run run = cli("validate", file.toString());
        assertThat(run.err()).contains("error XR-XBRL-602").contains(url + "/elsewhere.xsd");
        assertNoConnection();
    }

    @Test
    void anInlineDocumentWhoseTaxonomyIsOnAServerIsAFindingAndNoConnection() throws IOException {
        Path file = tmp.resolve("report.xhtml");
        Files.writeString(file, inline("", url + "/taxonomy.xsd"));
        Run run = cli("validate", file.toString());
        assertThat(run.err()).contains("error XR-XBRL-602").contains(url + "/taxonomy.xsd");
        assertNoConnection();
    }

    @Test
    void anEntityOnAServerIsRefusedUnfetched() throws IOException {
        Path xbrl = tmp.resolve("instance.xbrl");
        Files.writeString(xbrl, instance(entity(url + "/entity"), TAXONOMY.toUri().toString(), "&secret;"));
        assertThat(cli("validate", xbrl.toString()).err()).contains("error XR-XBRL-601").contains("DOCTYPE declaration is refused");
        Path xhtml = tmp.resolve("report.xhtml");
        Files.writeString(xhtml, inline(entity(url + "/entity"), TAXONOMY.toUri().toString()));
        assertThat(cli("validate", xhtml.toString()).err()).contains("error XR-IX-851").contains("DOCTYPE declaration is refused");
        Path report = reportWithCover(cover(entity(url + "/entity"), "<p>&secret;</p>"));
        Run run = cli("generate", report.toString(), "--templates", report.resolve("templates").toString(),
                "--out", tmp.resolve("out").toString());
        assertThat(run.err()).contains("error XR-TPL-401").contains("DOCTYPE declaration is refused");
        assertNoConnection();
    }

    @Test
    void aTemplateThatShowsAnImageFromAServerIsAFindingAndNoConnection() throws IOException {
        Path report = reportWithCover(cover("", "<img src=\"" + url + "/logo.png\" alt=\"logo\"/>"));
        Run run = cli("generate", report.toString(), "--templates", report.resolve("templates").toString(),
                "--out", tmp.resolve("out").toString());
        assertThat(run.err()).contains("error XR-TPL-402").contains(url + "/logo.png");
        assertThat(tmp.resolve("out")).doesNotExist();
        assertNoConnection();
    }

    @Test
    void thePdfRendererOpensNoUrlEvenWhenAskedDirectly() throws IOException {
        // a library caller that skips the template check: the renderer itself stays offline
        Path report = reportWithCover(cover("", "<img src=\"" + url + "/logo.png\" alt=\"logo\"/>"
                + "<p style=\"background: url('" + url + "/bg.png')\">x</p>"));
        Report r = ReportLoader.load(report).report();
        Path out = Files.createDirectories(tmp.resolve("pdf"));
        // a renderer that did fetch would connect, then wait for an answer that never comes: bounded here
        Path pdf = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new PdfRenderer("en", report.resolve("templates")).render(r, new Cells(r), new Findings(), out),
                "the PDF renderer is waiting for " + url);
        assertThat(pdf).isRegularFile();
        assertNoConnection();
    }

    // ---------------------------------------------------------------- files

    /** A named pipe nobody writes to: opening it for reading would never return. */
    private Path pipe() throws IOException, InterruptedException {
        Path fifo = tmp.resolve("secret");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this machine: " + e.getMessage());
            throw e;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        return fifo;
    }

    @Test
    void externalEntitiesAreRefusedWithoutOpeningTheFileTheyName() throws Exception {
        Path fifo = pipe();
        String system = fifo.toUri().toString();
        Path xbrl = tmp.resolve("instance.xbrl");
        Files.writeString(xbrl, instance(entity(system), TAXONOMY.toUri().toString(), "&secret;"));
        Path xhtml = tmp.resolve("report.xhtml");
        Files.writeString(xhtml, inline(entity(system), TAXONOMY.toUri().toString()));
        Path schema = tmp.resolve("entity.xsd");
        Files.writeString(schema, Files.readString(TAXONOMY).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + entity(system)).replace("<xs:annotation>", "<xs:annotation><xs:documentation>&secret;</xs:documentation>"));
        Path viaSchema = tmp.resolve("via-schema.xbrl");
        Files.writeString(viaSchema, instance("", "entity.xsd", "a note"));
        Path report = reportWithCover(cover(entity(system), "<p>&secret;</p>"));

        List<Run> runs = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> List.of(
                cli("validate", xbrl.toString()),
                cli("validate", xhtml.toString()),
                cli("validate", viaSchema.toString()),
                cli("generate", report.toString(), "--templates", report.resolve("templates").toString(),
                        "--out", tmp.resolve("out").toString())),
                "a parser opened the file an external entity names (the named pipe blocks whoever opens it)");
        assertThat(runs.get(0).err()).contains("XR-XBRL-601").contains("DOCTYPE declaration is refused");
        assertThat(runs.get(1).err()).contains("XR-IX-851").contains("DOCTYPE declaration is refused");
        assertThat(runs.get(2).err()).contains("entity.xsd:2:").contains("XR-XBRL-601").contains("DOCTYPE declaration is refused");
        assertThat(runs.get(3).err()).contains("XR-TPL-401").contains("DOCTYPE declaration is refused");
        assertThat(runs).allSatisfy(r -> assertThat(r.exit()).isNotZero());
    }

    @Test
    void anIncludeThatLeavesTheReportFolderIsNeverRead() throws IOException {
        Path outside = tmp.resolve("outside.yaml");
        Files.writeString(outside, "facts:\n  - {concept: Secret, period: I2024, value: 42}\n");
        Path report = tmp.resolve("report");
        Files.createDirectories(report);
        Files.writeString(report.resolve("report.yaml"), Files.readString(MINIMAL.resolve("report.yaml"))
                + "include: [../outside.yaml]\n");
        Run run = cli("validate", report.toString());
        assertThat(run.err()).contains("error XR-LOAD-110").contains("\"../outside.yaml\" is outside the report's folder");

        // nor through a symbolic link inside the folder
        Path link = report.resolve("inside.yaml");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e.getMessage());
        }
        Files.writeString(report.resolve("report.yaml"), Files.readString(MINIMAL.resolve("report.yaml"))
                + "include: [inside.yaml]\n");
        run = cli("validate", report.toString());
        assertThat(run.err()).contains("error XR-LOAD-110").contains("\"inside.yaml\" is a symbolic link to");
        try (Stream<String> lines = run.err().lines()) {
            assertThat(lines).noneMatch(l -> l.contains("Secret"));
        }
    }

    @Test
    void reportTextIsEscapedInTheHtml() throws IOException {
        Path report = tmp.resolve("report");
        Files.createDirectories(report);
        Files.writeString(report.resolve("report.yaml"), Files.readString(MINIMAL.resolve("report.yaml"))
                .replace("- p: \"Total assets were {Assets@I2024}.\"", "- p: \"<script>alert(1)</script> & <b>bold</b>\""));
        Run run = cli("generate", report.toString(), "--formats", "html", "--out", tmp.resolve("out").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String html = Files.readString(tmp.resolve("out/minimal/minimal.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>").doesNotContain("<b>bold");
    }
}
