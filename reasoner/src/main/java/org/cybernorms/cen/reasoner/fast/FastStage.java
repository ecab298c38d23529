package org.cybernorms.cen.reasoner.fast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import org.cybernorms.cen.reasoner.engine.DlStage;

/**
 * The fast path of DESIGN.md section 4: the ontology's axioms compiled to forward rules
 * ({@link AxiomCompiler}) and materialised over the facts ({@link Materialiser}), with
 * the output {@link DlStage} gives from HermiT, triple for triple: the most specific
 * {@code cen:} types, the six inferred {@code cen:} properties asked of the same
 * subjects, no reflexive pair, objects under {@code cenid:} only, nothing asserted.
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

    private FastStage(Graph ontology, Graph data, RuleSet rules, List<String> unsupported) {
        this.ontology = ontology;
        this.data = data;
        this.rules = rules;
        this.unsupported = unsupported;
    }

    /** Compiles the axioms of the ontology and data graphs (which are only read). */
    public static FastStage prepare(Graph ontology, Graph data) {
        RuleSet rules = RuleSet.compile(ontology, data);
        List<String> unsupported = new ArrayList<>(rules.unsupported());
        data.find(Node.ANY, OWL2.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            // Links to outside items (Wikidata) are dropped before HermiT too; a link between
            // two CEN-KG things would make them one individual, which rules cannot do.
            if (t.getObject().isURI() && CEN.isThing(t.getObject().getURI())) {
                unsupported.add(ClashReport.render(t) + ": owl:sameAs between CEN-KG things needs equality reasoning");
            }
        });
        return new FastStage(ontology, data, rules, List.copyOf(unsupported));
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
     * Returns a new graph with the conclusions {@link DlStage#infer} would give.
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
        ClassHierarchy hierarchy = ClassHierarchy.of(rules, ontology, data, predicates);
        Graph inferred = GraphFactory.createDefaultGraph();
        addTypes(store, hierarchy, asserted, inferred);
        addValues(store, asserted, inferred);
        return inferred;
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

    /** The most specific {@code cen:} types of each {@code cenid:} individual that are not asserted. */
    private static void addTypes(FactStore store, ClassHierarchy hierarchy, Predicate<Triple> asserted, Graph out) {
        int rdfType = store.idOf(RDF.type.asNode());
        for (int id = 1; id <= store.nodeCount(); id++) {
            Node individual = store.node(id);
            if (!isThing(individual)) {
                continue;
            }
            IntList typeIds = store.objects(id, rdfType);
            List<Node> types = new ArrayList<>();
            Set<Node> implied = new HashSet<>();
            for (int i = 0; i < typeIds.size(); i++) {
                Node type = store.node(typeIds.get(i));
                if (type.isURI() && CEN.isTerm(type.getURI())) {
                    types.add(type);
                    implied.addAll(hierarchy.strictSuperclasses(type));
                }
            }
            for (Node type : types) {
                Triple triple = Triple.create(individual, RDF.type.asNode(), type);
                if (!implied.contains(type) && !asserted.test(triple)) {
                    out.add(triple);
                }
            }
        }
    }

    /** The six properties of the contract, asked of the subjects {@link DlStage} asks them of. */
    private void addValues(FactStore store, Predicate<Triple> asserted, Graph out) {
        Set<Integer> operations = members(store, CEN.CyberOperation.asNode());
        Set<Integer> positions = members(store, CEN.Position.asNode());
        Set<Integer> holders = new HashSet<>();
        for (Graph graph : List.of(ontology, data)) {
            graph.find(Node.ANY, CEN.heldBy.asNode(), Node.ANY).forEachRemaining(t -> {
                int id = store.idOf(t.getObject());
                if (id != 0 && isThing(t.getObject())) {
                    holders.add(id);
                }
            });
        }
        Set<Integer> positionsAndHolders = new HashSet<>(positions);
        positionsAndHolders.addAll(holders);
        Map<String, Set<Integer>> subjects = Map.of(
                CEN.attributableTo.getURI(), operations, CEN.violates.getURI(), operations,
                CEN.onQuestion.getURI(), positions, CEN.conflictsWith.getURI(), positions,
                CEN.agreesWith.getURI(), positionsAndHolders, CEN.disagreesWith.getURI(), holders);
        for (String propertyIri : DlStage.INFERRED_PROPERTIES) {
            Node predicate = NodeFactory.createURI(propertyIri);
            int property = store.idOf(predicate);
            if (property == 0) {
                continue;
            }
            for (int subject : subjects.get(propertyIri)) {
                IntList objects = store.objects(subject, property);
                for (int i = 0; i < objects.size(); i++) {
                    int object = objects.get(i);
                    Node value = store.node(object);
                    Triple triple = Triple.create(store.node(subject), predicate, value);
                    if (object != subject && isThing(value) && !asserted.test(triple)) {
                        out.add(triple);
                    }
                }
            }
        }
    }

    private static Set<Integer> members(FactStore store, Node type) {
        Set<Integer> members = new HashSet<>();
        int typeId = store.idOf(type);
        if (typeId == 0) {
            return members;
        }
        IntList ids = store.subjects(store.idOf(RDF.type.asNode()), typeId);
        for (int i = 0; i < ids.size(); i++) {
            if (isThing(store.node(ids.get(i)))) {
                members.add(ids.get(i));
            }
        }
        return members;
    }

    private static boolean isThing(Node node) {
        return node.isURI() && CEN.isThing(node.getURI());
    }
}
