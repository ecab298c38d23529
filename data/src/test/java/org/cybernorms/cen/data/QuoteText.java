package org.cybernorms.cen.data;

import java.text.Normalizer;

/**
 * Text as quotes are compared: Unicode NFC; curly, low and prime quotation marks as the
 * straight ones; every dash and the minus sign as a hyphen; the ellipsis character as
 * three dots; any run of white space (no-break spaces included) as one space.
 */
final class QuoteText {

    private QuoteText() {}

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replaceAll("[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]", "'");
        s = s.replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"");
        s = s.replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-");
        s = s.replace("\u2026", "...");
        s = s.replaceAll("[\\s\u00A0\u2007\u202F]+", " ");
        return s.strip();
    }
}
