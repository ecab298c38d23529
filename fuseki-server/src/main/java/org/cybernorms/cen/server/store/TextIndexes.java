package org.cybernorms.cen.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.core.ErrorName;

/**
 * The full-text index (jena-text over Lucene) of the served dataset: labels, titles,
 * quotes, qualifications and norm texts, all in one field, so that {@code text:query}
 * without a property searches them all. Built from the served dataset's default graph
 * (the union, each triple once), never updated afterwards: the served data are read-only.
 * Attached to the dataset's context, where {@code text:query} looks for it.
 */
public final class TextIndexes {

    /** The Lucene field every indexed property goes to. */
    public static final String FIELD = "text";

    /** The properties indexed, all into {@link #FIELD}. */
    public static final List<Node> PROPERTIES = List.of(RDFS.label.asNode(), DCTerms.title.asNode(),
            CEN.quote.asNode(), CEN.qualification.asNode(), CEN.text.asNode());

    private TextIndexes() {}

    /** A new index in memory over the dataset, attached to it. */
    static TextIndex inMemory(DatasetGraph served) {
        TextIndex index = open(new ByteBuffersDirectory());
        fill(index, served);
        attach(served, index);
        return index;
    }

    /**
     * The index kept in a directory: filled anew when {@code rebuild} (the dataset was
     * rebuilt) or when the directory is missing, else opened as it is; attached to the dataset.
     */
    static TextIndex onDisk(Path directory, DatasetGraph served, boolean rebuildAsked) {
        boolean rebuild = rebuildAsked || !Files.isDirectory(directory);
        try {
            if (rebuild) {
                deleteTree(directory);
            }
            Files.createDirectories(directory);
            TextIndex index = open(FSDirectory.open(directory));
            if (rebuild) {
                fill(index, served);
            }
            attach(served, index);
            return index;
        } catch (IOException e) {
            throw new CenInputException(ErrorName.UNREADABLE_INPUT, directory.toString(), "cannot write the text index: " + e);
        }
    }

    private static TextIndex open(Directory directory) {
        EntityDefinition fields = new EntityDefinition("uri", FIELD);
        PROPERTIES.forEach(p -> fields.set(FIELD, p));
        TextIndexConfig config = new TextIndexConfig(fields);
        // The matched text comes back as the third variable of text:query (the search page shows it).
        config.setValueStored(true);
        return TextDatasetFactory.createLuceneIndex(directory, config);
    }

    private static void fill(TextIndex index, DatasetGraph served) {
        EntityDefinition fields = index.getDocDef();
        Txn.executeRead(served, () -> {
            Graph union = served.getDefaultGraph();
            for (Node property : PROPERTIES) {
                union.find(Node.ANY, property, Node.ANY).forEachRemaining((Triple t) -> {
                    if (t.getObject().isLiteral() && (t.getSubject().isURI() || t.getSubject().isBlank())) {
                        Entity entity = TextQueryFuncs.entityFromQuad(fields, null, t.getSubject(), property, t.getObject());
                        if (entity != null) {
                            index.addEntity(entity);
                        }
                    }
                });
            }
            index.commit();
        });
    }

    private static void attach(DatasetGraph served, TextIndex index) {
        served.getContext().set(TextQuery.textIndex, index);
    }

    /** The index attached to a dataset, if any. */
    public static TextIndex of(DatasetGraph served) {
        Object index = served.getContext().get(TextQuery.textIndex);
        return index instanceof TextIndex text ? text : null;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
