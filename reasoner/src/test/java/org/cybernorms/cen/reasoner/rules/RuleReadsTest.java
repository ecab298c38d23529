package org.cybernorms.cen.reasoner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.rules.RuleReads;
import org.cybernorms.cen.reasoner.rules.RuleStage;
import org.junit.jupiter.api.Test;

/** What the rule stage believes each rule reads decides when it runs the rule again. */
class RuleReadsTest {

    private static final Map<String, RuleReads> BUNDLED = RuleStage.bundledRules().stream()
            .collect(Collectors.toMap(RuleStage.Rule::name, rule -> RuleReads.of(rule.query())));

    @Test
    void theConsistentShortcutReadsTheShortcutsItLooksForTheAbsenceOf() {
        RuleReads reads = BUNDLED.get("rules/35-doctrine-consistent.rq");

        assertThat(reads.anyPredicate()).isFalse();
        assertThat(reads.predicates()).contains(cen("contraryToDoctrineOf"), cen("undeterminedUnderDoctrineOf"),
                cen("verdictOn"), cen("underDoctrineOf"));
    }

    @Test
    void theUndeterminedShortcutReadsTheFailedConditionsAndTheDepartures() {
        RuleReads reads = BUNDLED.get("rules/34-doctrine-undetermined.rq");

        assertThat(reads.anyPredicate()).isFalse();
        assertThat(reads.predicates()).contains(cen("failsCondition"), cen("outcome"), cen("contraryToDoctrineOf"),
                cen("verdictOn"), cen("restsOnPosition"), cen("answer"));
    }

    @Test
    void aPredicateInsideExistsIsRead() {
        assertThat(BUNDLED.get("rules/21-verdict-collective.rq").predicates()).contains(cen("onRequestOf"));
        assertThat(BUNDLED.get("rules/22-verdict-symmetry.rq").predicates()).contains(cen("partOf"),
                cen("respondsTo"));
        assertThat(BUNDLED.get("rules/20-verdict-prior-notification.rq").predicates()).contains(cen("urgent"),
                cen("supersedes"));
    }

    @Test
    void aTypeAskedForThroughASubclassClosureReadsOnlyThatClassAndItsSubclasses() {
        RuleReads reads = BUNDLED.get("rules/20-verdict-prior-notification.rq");

        assertThat(reads.anyType()).isFalse();
        assertThat(reads.typeClasses()).containsExactlyInAnyOrder(node(CEN.Countermeasure), node(CEN.State),
                node(CEN.HypotheticalState), node(CEN.ScenarioPosition));
    }

    @Test
    void aTypeOfAnotherClassDoesNotMakeTheRuleRunAgainButASubclassDoes() {
        Graph schema = parse("ex:Sub rdfs:subClassOf ex:C . ex:Other rdfs:subClassOf ex:Top .");
        RuleReads reads = RuleReads.of(QueryFactory.create(
                "PREFIX ex: <urn:ex:> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                        + "CONSTRUCT { ?x ex:r true } WHERE { ?x a/rdfs:subClassOf* ex:C }"));
        List<Node> type = List.of(RDF.Nodes.type);

        assertThat(reads.typeClasses()).containsExactly(ex("C"));
        assertThat(reads.readsAnyOf(type, Set.of(ex("Other")), schema)).isFalse();
        assertThat(reads.readsAnyOf(type, Set.of(ex("Sub")), schema)).isTrue();
        assertThat(reads.readsAnyOf(type, Set.of(ex("C")), schema)).isTrue();
        assertThat(reads.readsAnyOf(type)).as("without the classes, any type counts").isTrue();
    }

    @Test
    void aTypeReadThroughAVariableClassReadsEveryType() {
        RuleReads reads = RuleReads.of(QueryFactory.create(
                "PREFIX ex: <urn:ex:> CONSTRUCT { ?x ex:r ?t } WHERE { ?x a ?t }"));

        assertThat(reads.anyType()).isTrue();
        assertThat(reads.readsAnyOf(List.of(RDF.Nodes.type), Set.of(ex("Other")), GraphFactory.createDefaultGraph()))
                .isTrue();
    }

    @Test
    void noBundledRuleReadsWhatARuleAfterItDerives() {
        // The stratification the doctrine rules rely on (their headers say so): every verdict
        // exists before a shortcut reads it, every contrary and undetermined shortcut before
        // 35-doctrine-consistent.rq looks for their absence, and each rule runs once. The
        // verdict rules add "a cen:DoctrineVerdict", a class no rule asks about.
        Graph ontology = KnowledgeBase.load(List.of()).ontology();
        List<RuleStage.Rule> rules = RuleStage.bundledRules();
        for (int i = 0; i < rules.size(); i++) {
            for (int later = i + 1; later < rules.size(); later++) {
                List<Triple> template = rules.get(later).query().getConstructTemplate().getTriples();
                List<Node> derived = template.stream().map(Triple::getPredicate).toList();
                Set<Node> classes = template.stream().filter(t -> t.getPredicate().equals(RDF.Nodes.type))
                        .map(Triple::getObject).collect(Collectors.toSet());
                assertThat(BUNDLED.get(rules.get(i).name()).readsAnyOf(derived, classes, ontology))
                        .as("%s reads what %s derives", rules.get(i).name(), rules.get(later).name())
                        .isFalse();
            }
        }
    }

    private static Graph parse(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString("@prefix ex: <urn:ex:> . @prefix rdfs: <" + RDFS.getURI() + "> .\n" + turtle, Lang.TURTLE)
                .parse(graph);
        return graph;
    }

    private static Node ex(String local) {
        return NodeFactory.createURI("urn:ex:" + local);
    }

    private static Node node(org.apache.jena.rdf.model.Resource resource) {
        return resource.asNode();
    }

    private static Node cen(String local) {
        return NodeFactory.createURI(CEN.NS + local);
    }
}
