package dev.xreport.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A report file that is not UTF-8, with the line and column of the first byte that is not. */
final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    private NotUtf8Exception(int line, int column) {
        super("not UTF-8 text");
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The text of {@code bytes}, or this exception pointing at the first malformed byte. */
    static String decode(byte[] bytes) throws NotUtf8Exception {
        requireUtf8(bytes);
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Checks that {@code bytes} are UTF-8 by decoding them a piece at a time (a whole file's
     * characters at once would be twice its size again), counting lines and columns on the way.
     */
    private static void requireUtf8(byte[] bytes) throws NotUtf8Exception {
        if (isAscii(bytes)) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            out.clear();
            if (r.isError()) {
                throw new NotUtf8Exception(line, column);
            }
            if (r.isUnderflow()) {
                return;
            }
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
