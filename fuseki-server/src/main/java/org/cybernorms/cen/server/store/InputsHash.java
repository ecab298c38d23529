package org.cybernorms.cen.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.reasoner.CenReasoner;

/**
 * A SHA-256 over everything a served dataset is computed from: each input's name and
 * bytes, in order, and the identity (size and time) of the code that reasons over them, so
 * a rebuilt jar with new rules is not mistaken for the old one.
 */
public final class InputsHash {

    private static final String FORMAT = "cen-kg served dataset v1";

    private InputsHash() {}

    /** The hash as lower-case hex; reads every input. */
    public static String of(List<RdfSource> inputs) {
        MessageDigest sha = sha256();
        update(sha, FORMAT);
        update(sha, codeIdentity());
        byte[] buffer = new byte[64 * 1024];
        for (RdfSource input : inputs) {
            update(sha, input.name());
            try (InputStream in = input.opener().open()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new CenInputException(ErrorName.UNREADABLE_INPUT, input.name(), e.getMessage());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String codeIdentity() {
        try {
            var location = CenReasoner.class.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(location.toURI());
            if (Files.isRegularFile(path)) {
                return path.getFileName() + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
            }
            return path.toString();
        } catch (Exception e) {
            // Unknown code location: the inputs alone decide.
            return "unknown code";
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
