package dev.xreport.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * What OpenPDF would otherwise take from the clock or from chance, made the same on every run:
 * the dates of the document information, the tags of the embedded font subsets
 * ({@code ABCDEF+NotoSansCJKsc-Regular}) and the file identifier of the trailer.
 */
final class ReproduciblePdf {
    private ReproduciblePdf() { }

    /** The document information dates become {@code date}; a modification date is only replaced, never added. */
    static void date(PdfDictionary info, ZonedDateTime date) {
        PdfDate pdfDate = new PdfDate(GregorianCalendar.from(date));
        info.put(PdfName.CREATIONDATE, pdfDate);
        if (info.contains(PdfName.MODDATE)) {
            info.put(PdfName.MODDATE, pdfDate);
        }
    }

    /**
     * Each font the resolver knows draws its subset tag from the font's PostScript name rather than
     * from a random source: the same font gets the same tag on every run, different fonts
     * different tags. Call once layout is done (fonts of {@code @font-face} rules are known then)
     * and before the document is finished (the tags are drawn when the fonts are written).
     */
    static void subsetTags(ITextFontResolver resolver) {
        Map<String, Integer> seen = new HashMap<>();
        for (FontFamily family : new TreeMap<>(resolver.getFonts()).values()) {
            for (FontDescription d : family.getFontDescriptions()) {
                BaseFont font = d.getFont();
                if (font != null) {
                    String name = font.getPostscriptFontName();
                    int n = seen.merge(name, 1, Integer::sum);
                    font.setSecureRandom(new Repeatable(name + "#" + n));
                }
            }
        }
    }

    /**
     * The PDF with the trailer's file identifier ({@code /ID [<…><…>]}, random in OpenPDF) replaced
     * by a digest of the document itself: the first 16 bytes of the SHA-256 of the file with the
     * identifier blanked, in both places. The length does not change, so the cross-reference
     * offsets stay right. A file whose trailer does not look as expected is returned unchanged.
     */
    static byte[] contentId(byte[] pdf) {
        int trailer = lastIndexOf(pdf, "trailer".getBytes(StandardCharsets.US_ASCII));
        int id = trailer < 0 ? -1 : indexOf(pdf, "/ID [<".getBytes(StandardCharsets.US_ASCII), trailer);
        if (id < 0) {
            return pdf;
        }
        int first = id + "/ID [<".length();
        int firstEnd = hexEnd(pdf, first);
        if (firstEnd < 0 || firstEnd + 1 >= pdf.length || pdf[firstEnd + 1] != '<') {
            return pdf;
        }
        int second = firstEnd + 2;
        int secondEnd = hexEnd(pdf, second);
        if (secondEnd < 0 || secondEnd - second != firstEnd - first || firstEnd - first != 32) {
            return pdf;
        }
        byte[] out = pdf.clone();
        java.util.Arrays.fill(out, first, firstEnd, (byte) '0');
        java.util.Arrays.fill(out, second, secondEnd, (byte) '0');
        byte[] hex = hex(sha256(out), 16);
        System.arraycopy(hex, 0, out, first, hex.length);
        System.arraycopy(hex, 0, out, second, hex.length);
        return out;
    }

    /** The index of the {@code >} closing the hexadecimal string that starts at {@code from}, or -1. */
    private static int hexEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '>') {
                return i;
            }
            if (Character.digit(b[i], 16) < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] b, byte[] what) {
        for (int i = b.length - what.length; i >= 0; i--) {
            if (java.util.Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, byte[] what, int from) {
        for (int i = from; i + what.length <= b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] hex(byte[] digest, int bytes) {
        byte[] out = new byte[bytes * 2];
        String digits = "0123456789abcdef";
        for (int i = 0; i < bytes; i++) {
            out[2 * i] = (byte) digits.charAt((digest[i] >> 4) & 0xf);
            out[2 * i + 1] = (byte) digits.charAt(digest[i] & 0xf);
        }
        return out;
    }

    /**
     * A {@link SecureRandom} that is not random at all: its bytes are the SHA-256 of its seed and a
     * counter. OpenPDF draws font subset tags from the SecureRandom a font is given, and a tag
     * only has to tell subsets within one document apart.
     */
    static final class Repeatable extends SecureRandom {
        private final byte[] seed;
        private long counter;
        private byte[] block = new byte[0];
        private int used;

        Repeatable(String seed) {
            this.seed = seed.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public synchronized void nextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                if (used == block.length) {
                    byte[] input = java.util.Arrays.copyOf(seed, seed.length + 8);
                    for (int k = 0; k < 8; k++) {
                        input[seed.length + k] = (byte) (counter >>> (8 * k));
                    }
                    counter++;
                    block = sha256(input);
                    used = 0;
                }
                bytes[i] = block[used++];
            }
        }
    }
}
