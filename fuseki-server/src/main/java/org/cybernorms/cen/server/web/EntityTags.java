package org.cybernorms.cen.server.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The validators of the server's answers. The served data never change while a server
 * runs, so one tag names everything it can answer: a hash of the dataset's identity and
 * the server's version. Each answer's entity tag adds the request headers that choose its
 * representation ({@code Accept}, {@code Accept-Encoding}), so that Turtle and HTML, or
 * gzipped and plain bytes, of one URL never share a validator.
 *
 * <p>The tags are weak ({@code W/}): two servers of the same data and version give the same
 * answer, but not always the same bytes (each names the blank nodes of a dump itself, and
 * may write its triples in another order), and a strong tag would promise the same bytes.
 * A weak tag is all that {@code If-None-Match} and a cache's revalidation need.
 */
public final class EntityTags {

    private final String serverTag;

    /**
     * @param datasetIdentity what names the served data (the inputs hash)
     * @param version the server's version: new code may answer the same data differently
     */
    public EntityTags(String datasetIdentity, String version) {
        this.serverTag = shortHash(datasetIdentity + "\u0000" + version, 16);
    }

    /** The tag of the whole server, the same for every answer. */
    public String serverTag() {
        return serverTag;
    }

    /** The weak entity tag of the answer to a request with these headers (either may be null). */
    public String forVariant(String accept, String acceptEncoding) {
        String variant = shortHash(nullToEmpty(accept) + "\u0000" + nullToEmpty(acceptEncoding), 8);
        return "W/\"" + serverTag + "-" + variant + "\"";
    }

    /**
     * Whether an {@code If-None-Match} header matches a tag, by the weak comparison HTTP asks
     * for this header (RFC 9110 §13.1.2): {@code W/} is ignored on either side.
     */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = stripWeak(tag.strip());
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || stripWeak(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String shortHash(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
