package org.cybernorms.cen.server.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The dumps of one served dataset, each made the first time it is asked for and then kept
 * in memory, plain and gzipped. The served dataset is read-only, so a dump never goes stale.
 */
public final class DumpCache {

    private final DatasetGraph served;
    private final Map<String, Lazy> files = new ConcurrentHashMap<>();

    public DumpCache(DatasetGraph served) {
        this.served = served;
    }

    /** The bytes of a dump. */
    public byte[] plain(DumpGraphs graphs, DumpFormat format) {
        return lazy(graphs, format, false, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            Dumps.write(served, graphs, format, out);
            return out.toByteArray();
        });
    }

    /** The bytes of a dump, gzipped. */
    public byte[] gzipped(DumpGraphs graphs, DumpFormat format) {
        return lazy(graphs, format, true, () -> gzip(plain(graphs, format)));
    }

    /** True when the dump has been made (its size is known without making it). */
    public boolean made(DumpGraphs graphs, DumpFormat format) {
        Lazy entry = files.get(key(graphs, format, false));
        return entry != null && entry.done();
    }

    private byte[] lazy(DumpGraphs graphs, DumpFormat format, boolean gz, Supplier<byte[]> maker) {
        return files.computeIfAbsent(key(graphs, format, gz), k -> new Lazy(maker)).get();
    }

    private static String key(DumpGraphs graphs, DumpFormat format, boolean gz) {
        return graphs.label() + "." + format.extension + (gz ? ".gz" : "");
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A value made once, by the first caller; the others wait for it. */
    private static final class Lazy {
        private final Supplier<byte[]> maker;
        private byte[] value;

        Lazy(Supplier<byte[]> maker) {
            this.maker = maker;
        }

        synchronized byte[] get() {
            if (value == null) {
                value = maker.get();
            }
            return value;
        }

        synchronized boolean done() {
            return value != null;
        }
    }
}
