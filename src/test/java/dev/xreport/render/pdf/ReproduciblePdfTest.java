package dev.xreport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The file identifier of a PDF is a digest of the document; the subset tags' "random" source repeats itself. */
class ReproduciblePdfTest {
    private static byte[] pdf(String body, String id) {
        return ("%PDF-1.5\n" + body + "\nxref\n0 1\n0000000000 65535 f \ntrailer\n<</Info 2 0 R/ID [<" + id + "><" + id
                + ">]/Root 1 0 R/Size 3>>\nstartxref\n9\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void theIdIsADigestOfTheDocumentNotOfChance() {
        byte[] a = ReproduciblePdf.contentId(pdf("1 0 obj <<>> endobj", "eb28cb34e5864585668910e3ea27bdf6"));
        byte[] b = ReproduciblePdf.contentId(pdf("1 0 obj <<>> endobj", "0123456789abcdef0123456789abcdef"));
        byte[] other = ReproduciblePdf.contentId(pdf("1 0 obj <</A 1>> endobj", "eb28cb34e5864585668910e3ea27bdf6"));
        assertThat(a).isEqualTo(b);
        assertThat(a).hasSameSizeAs(pdf("1 0 obj <<>> endobj", "eb28cb34e5864585668910e3ea27bdf6"));
        assertThat(text(a)).matches("(?s).*/ID \\[<([0-9a-f]{32})><\\1>].*").doesNotContain("eb28cb34");
        assertThat(text(other)).doesNotContain(text(a).replaceAll("(?s).*/ID \\[<([0-9a-f]{32})>.*", "$1"));
    }

    @Test
    void aTrailerOfAnotherShapeIsLeftAlone() {
        byte[] noId = "%PDF-1.5\ntrailer\n<</Root 1 0 R/Size 3>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ReproduciblePdf.contentId(noId)).isEqualTo(noId);
        byte[] shortId = pdf("x", "abcd");
        assertThat(ReproduciblePdf.contentId(shortId)).isEqualTo(shortId);
    }

    @Test
    void theSubsetTagSourceRepeatsItselfPerSeed() {
        byte[] a = new byte[100];
        byte[] b = new byte[100];
        byte[] c = new byte[100];
        new ReproduciblePdf.Repeatable("NotoSansCJKsc-Regular#1").nextBytes(a);
        new ReproduciblePdf.Repeatable("NotoSansCJKsc-Regular#1").nextBytes(b);
        new ReproduciblePdf.Repeatable("NotoSansCJKsc-Bold#1").nextBytes(c);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        assertThat(new ReproduciblePdf.Repeatable("x").nextDouble()).isEqualTo(new ReproduciblePdf.Repeatable("x").nextDouble());
    }
}
