package org.cybernorms.cen.server.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFFormatVariant;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * JSON-LD compacted with the CEN-KG context ({@link JsonLdContext#bundled()}), so that a
 * position reads {@code "heldBy": "https://w3id.org/cyber-election-norms/id/state/DNK"}.
 * The document carries the context inline, so it is read without fetching anything.
 * Named graphs are kept.
 *
 * <p>{@link #FORMAT} is registered with Jena's writer registry when Jena initialises
 * ({@link InitCenJsonLd}), so {@code RDFDataMgr.write(out, model, CenJsonLd.FORMAT)} works
 * for graphs and datasets.
 */
public final class CenJsonLd {

    /** JSON-LD 1.1, compacted with the CEN-KG context. */
    public static final RDFFormat FORMAT = new RDFFormat(Lang.JSONLD, new RDFFormatVariant("cen-context"));

    private CenJsonLd() {}

    /** The writer of {@link #FORMAT}, for datasets; graphs are written through an adapter. */
    static WriterDatasetRIOT writer() {
        return new DatasetWriter();
    }

    /** The dataset as a compacted JSON-LD document with the context inline. */
    public static JsonObject compact(DatasetGraph dataset) {
        JsonObject published = JsonLdContext.bundled();
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(dataset))).ordered(true).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded),
                    JsonDocument.of(JsonLdContext.forCompaction(published))).ordered(true).get();
            // The published context (with the cenid: and wd: prefixes) first, then the data.
            JsonObjectBuilder document = Json.createObjectBuilder().add("@context", published.getJsonObject("@context"));
            compacted.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    document.add(key, value);
                }
            });
            return document.build();
        } catch (JsonLdError e) {
            throw new RiotException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    /** The graph as a compacted JSON-LD document. */
    public static JsonObject compact(Graph graph) {
        return compact(DatasetGraphFactory.wrap(graph));
    }

    /** Writes a JSON document, pretty-printed, in UTF-8. */
    public static void writeJson(OutputStream out, JsonObject json) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeJson(writer, json);
    }

    static void writeJson(Writer writer, JsonObject json) {
        try {
            JsonWriter jsonWriter = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(writer);
            jsonWriter.write(json);
            writer.write("\n");
            writer.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class DatasetWriter implements WriterDatasetRIOT {
        @Override
        public void write(OutputStream out, DatasetGraph dataset, PrefixMap prefixMap, String baseURI, Context context) {
            writeJson(out, compact(dataset));
        }

        @Override
        public void write(Writer out, DatasetGraph dataset, PrefixMap prefixMap, String baseURI, Context context) {
            writeJson(out, compact(dataset));
        }

        @Override
        public Lang getLang() {
            return Lang.JSONLD;
        }
    }
}
