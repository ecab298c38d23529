package org.cybernorms.cen.reasoner;

import java.nio.file.Path;
import java.util.List;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.core.KnowledgeBase;

/**
 * The one use case of CEN-KG, in one place: load (the bundled ontology and data and a
 * researcher's files), check the shapes, reason with the chosen engine. Every command and
 * the server go through it:
 *
 * <pre>{@code KnowledgeGraph.load(files).checkShapes().reason(engine)}</pre>
 *
 * Each step either returns or throws a {@link org.cybernorms.cen.core.CenException} naming
 * what is wrong; nothing is reasoned over input that failed a step before.
 */
public final class KnowledgeGraph {

    private final KnowledgeBase asserted;

    private KnowledgeGraph(KnowledgeBase asserted) {
        this.asserted = asserted;
    }

    /**
     * Loads the bundled ontology and data and the user's files or folders, all or nothing.
     *
     * @throws org.cybernorms.cen.core.CenInputException on a missing, unreadable or ill-formed file
     */
    public static KnowledgeGraph load(List<Path> userFiles) {
        return load(Inputs.bundledWith(userFiles));
    }

    /** Loads the documents given, all or nothing. */
    public static KnowledgeGraph load(Inputs inputs) {
        return new KnowledgeGraph(inputs.load());
    }

    /** A knowledge base already loaded. */
    public static KnowledgeGraph of(KnowledgeBase asserted) {
        return new KnowledgeGraph(asserted);
    }

    /** The loaded graphs and their inputs. */
    public KnowledgeBase asserted() {
        return asserted;
    }

    /**
     * Checks the bundled SHACL shapes over ontology + data.
     *
     * @return this, for the next step
     * @throws ShapeViolationException listing every violation
     */
    public KnowledgeGraph checkShapes() {
        Validation.checkShapes(asserted);
        return this;
    }

    /**
     * Reasons with the engine; the knowledge base is not changed.
     *
     * @throws InconsistentDataException when the data contradict the ontology
     */
    public Reasoned reason(Engine engine) {
        return new Reasoned(asserted, CenReasoner.reason(asserted, engine));
    }

    /** Every check at once, shapes and consistency, each error reported rather than thrown. */
    public Validation.Result validate() {
        return Validation.validate(asserted);
    }
}
