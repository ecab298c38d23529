package org.cybernorms.cen.reasoner.fast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import org.cybernorms.cen.reasoner.InferenceContract;

/**
 * The fast DL stage: the ontology's axioms compiled to forward rules
 * ({@link AxiomCompiler}) and materialised over the facts ({@link Materialiser}), then
 * asked the questions of the {@link InferenceContract}, as HermiT is in the {@code dl}
 * stage, so that both give the same inferred graph.
 *
 * <p>Use: {@code FastStage.prepare(ontology, data)}, then if {@link #unsupported()} is
 * empty, {@link #infer(List)}. When it is not empty the input needs HermiT (equality,
 * anonymous individuals, existentials on the right of an axiom).
 */
public final class FastStage {

    private final Graph ontology;
    private final Graph data;
    private final RuleSet rules;
    private final List<String> unsupported;
    /** The class hierarchy, computed on first use and shared with {@link #withMore} stages that keep it. */
    private final Hierarchy hierarchy;

    private FastStage(Graph ontology, Graph data, RuleSet rules, List<String> unsupported, Hierarchy hierarchy) {
        this.ontology = ontology;
        this.data = data;
        this.rules = rules;
        this.unsupported = unsupported;
        this.hierarchy = hierarchy;
    }

    /** Compiles the axioms of the ontology and data graphs (which are only read). */
    public static FastStage prepare(Graph ontology, Graph data) {
        RuleSet rules = RuleSet.compile(ontology, data);
        List<String> unsupported = new ArrayList<>(rules.unsupported());
        unsupported.addAll(sameAsLinks(data));
        return new FastStage(ontology, data, rules, List.copyOf(unsupported), new Hierarchy());
    }

    /**
     * The stage for this stage's data plus {@code more} (read through a view, never
     * copied), reusing what was compiled when {@code more} leaves it as it is: the rules when
     * it holds no axiom (a subclass axiom, a restriction, a declaration), and the class
     * hierarchy when it also says nothing about an individual the axioms name (whose facts
     * the hierarchy reads). Otherwise the stage is compiled anew, as {@link #prepare} would
     * over both graphs. This is how the server reasons a tried case with the knowledge
     * base without compiling the ontology for every case.
     *
     * @param more triples none of which is in this stage's graphs (a triple in both would be read twice,
     *     which the materialiser does not mind but the caller's counts might)
     */
    public FastStage withMore(Graph more) {
        Graph union = new DisjointUnion(data, more);
        if (more.stream().anyMatch(SchemaGraph::isSchema)) {
            return prepare(ontology, union);
        }
        List<String> moreUnsupported = new ArrayList<>(unsupported);
        moreUnsupported.addAll(sameAsLinks(more));
        Set<Node> constants = rules.constants();
        boolean namesConstants = more.stream().anyMatch(t -> constants.contains(t.getSubject()));
        return new FastStage(ontology, union, rules, List.copyOf(moreUnsupported),
                namesConstants ? new Hierarchy() : hierarchy);
    }

    private static List<String> sameAsLinks(Graph data) {
        List<String> links = new ArrayList<>();
        data.find(Node.ANY, OWL2.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            // Links to outside items (Wikidata) are dropped before HermiT too; a link between
            // two CEN-KG things would make them one individual, which rules cannot do.
            if (t.getObject().isURI() && CEN.isThing(t.getObject().getURI())) {
                links.add(ClashReport.render(t) + ": owl:sameAs between CEN-KG things needs equality reasoning");
            }
        });
        return links;
    }

    /** The ontology graph the stage reads. */
    public Graph ontology() {
        return ontology;
    }

    /** The data graph the stage reads (with {@link #withMore}, a view of the data and the more). */
    public Graph data() {
        return data;
    }

    /** What the rules cannot express, one line each; empty when {@link #infer} gives HermiT's answer. */
    public List<String> unsupported() {
        return unsupported;
    }

    /** How many rules the axioms compiled to. */
    public int ruleCount() {
        return rules.rules().size();
    }

    /**
     * Returns a new graph with the conclusions of the {@link InferenceContract}.
     *
     * @param inputs the documents the graphs came from, to name the files of clashing facts
     * @throws InconsistentDataException when a clash rule matches
     * @throws IllegalStateException when {@link #unsupported()} is not empty
     */
    public Graph infer(List<RdfSource> inputs) {
        if (!unsupported.isEmpty()) {
            throw new IllegalStateException("the fast engine cannot reason over this input: " + unsupported);
        }
        Set<Node> predicates = rules.predicates();
        FactStore store = new FactStore();
        Materialiser materialiser = new Materialiser(store, rules.rules());
        FactLoader loader = new FactLoader(store, materialiser, predicates);
        loader.load(ontology);
        loader.load(data);
        Predicate<Triple> asserted = t -> data.contains(t) || ontology.contains(t);
        Materialiser.Clash clash = materialiser.run();
        if (clash != null) {
            throw ClashReport.of(clash.rule().origin(), clash.facts(), asserted, inputs);
        }
        checkLiterals(store, asserted, inputs);
        ClassHierarchy classes = hierarchy.get(() -> ClassHierarchy.of(rules, ontology, data, predicates));
        return InferenceContract.conclusions(new StoreAnswers(store, classes), new MultiUnion(new Graph[] {ontology, data}));
    }

    /**
     * The class hierarchy of a compiled schema, computed once (it materialises a prototype
     * of every class, the costliest part of a small input) and then read by any thread.
     */
    private static final class Hierarchy {
        private ClassHierarchy value;

        synchronized ClassHierarchy get(Supplier<ClassHierarchy> compute) {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }

    private void checkLiterals(FactStore store, Predicate<Triple> asserted, List<RdfSource> inputs) {
        for (Map.Entry<String, String> range : rules.literalRanges().entrySet()) {
            int property = store.idOf(NodeFactory.createURI(range.getKey()));
            FactStore.PredicateFacts facts = property == 0 ? null : store.facts(property);
            if (facts == null) {
                continue;
            }
            for (long pair : facts.pairs.slots()) {
                Node value = pair == 0 ? null : store.node(FactStore.objectOf(pair));
                if (value != null && LiteralRanges.violates(value, range.getValue())) {
                    Triple fact = Triple.create(store.node(FactStore.subjectOf(pair)), store.node(property), value);
                    throw ClashReport.of("the values of <" + range.getKey() + "> are of type <" + range.getValue() + ">",
                            List.of(fact), asserted, inputs);
                }
            }
        }
    }

    /** The contract's questions answered from the materialised facts. */
    private record StoreAnswers(FactStore store, ClassHierarchy hierarchy) implements InferenceContract.Answers {

        @Override
        public Collection<Node> individuals() {
            List<Node> all = new ArrayList<>(store.nodeCount());
            for (int id = 1; id <= store.nodeCount(); id++) {
                all.add(store.node(id));
            }
            return all;
        }

        @Override
        public Collection<Node> types(Node individual) {
            return values(individual, RDF.type.asNode());
        }

        @Override
        public Collection<Node> strictSuperclasses(Node type) {
            return hierarchy.strictSuperclasses(type);
        }

        @Override
        public Collection<Node> instances(Node type) {
            int rdfType = store.idOf(RDF.type.asNode());
            int typeId = store.idOf(type);
            return rdfType == 0 || typeId == 0 ? List.of() : nodes(store.subjects(rdfType, typeId));
        }

        @Override
        public Collection<Node> values(Node subject, Node property) {
            int subjectId = store.idOf(subject);
            int propertyId = store.idOf(property);
            return subjectId == 0 || propertyId == 0 ? List.of() : nodes(store.objects(subjectId, propertyId));
        }

        private List<Node> nodes(IntList ids) {
            List<Node> nodes = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                nodes.add(store.node(ids.get(i)));
            }
            return nodes;
        }
    }
}
