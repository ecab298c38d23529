package org.cybernorms.cen.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a document as UTF-8 and refuses bytes that are not, with the line and column of
 * the first bad byte. Jena's parser would replace them with U+FFFD and load the damaged
 * text without a word.
 */
final class StrictUtf8 {

    private StrictUtf8() {}

    static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(bytes, in.position(), file);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw notUtf8(bytes, in.position(), file);
        }
        return out.flip().toString();
    }

    private static CenInputException notUtf8(byte[] bytes, int offset, String file) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new CenInputException(ErrorName.NOT_UTF8, file, line, offset - lineStart + 1,
                String.format("byte 0x%02X is not UTF-8; save the file as UTF-8", bytes[offset] & 0xFF));
    }
}
