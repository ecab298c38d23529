package org.cybernorms.cen.reasoner.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.CenReasoner;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import org.cybernorms.cen.reasoner.Inference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clashes the fast engine sees (its own report, from {@link FastStage}; through
 * {@link CenReasoner} a clash is then explained by HermiT), and the input it hands to HermiT.
 */
class FastStageTest {

    private static final String PREFIXES = """
            @base <https://w3id.org/cyber-election-norms/id/> .
            @prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            """;

    @TempDir
    Path dir;

    @Test
    void disjointClassesStopWithTheAxiomTheFactsAndTheirFile() throws IOException {
        KnowledgeBase kb = load("both-ways.ttl", "<method/fixture-both-ways> a cen:IntrusiveMethod , cen:NonIntrusiveMethod .");

        assertThatThrownBy(() -> fast(kb).infer(kb.inputs().all()))
                .isInstanceOf(InconsistentDataException.class)
                .hasMessageContaining("INCONSISTENT_DATA")
                .hasMessageContaining("DisjointWith")
                .hasMessageContaining("cenid:method/fixture-both-ways a cen:IntrusiveMethod")
                .hasMessageContaining("cenid:method/fixture-both-ways a cen:NonIntrusiveMethod")
                .hasMessageContaining("both-ways.ttl");
        assertThatThrownBy(() -> CenReasoner.reason(kb, Engine.FAST))
                .isInstanceOf(InconsistentDataException.class)
                .hasMessageContaining("fixture-both-ways")
                .hasMessageContaining("both-ways.ttl");
    }

    @Test
    void aClashThroughADomainNamesTheInferredFactAsInferred() throws IOException {
        // cen:organOf has domain cen:StateOrgan, which is disjoint from cen:State.
        KnowledgeBase kb = load("organ-state.ttl", "<state/fixture-a> a cen:HypotheticalState ; cen:organOf <state/fixture-b> .\n"
                + "<state/fixture-b> a cen:HypotheticalState .");

        assertThatThrownBy(() -> fast(kb).infer(kb.inputs().all()))
                .isInstanceOf(InconsistentDataException.class)
                .hasMessageContaining("cenid:state/fixture-a a cen:StateOrgan    [inferred]");
        assertThatThrownBy(() -> CenReasoner.reason(kb, Engine.HERMIT))
                .isInstanceOf(InconsistentDataException.class);
    }

    @Test
    void aValueOfTheWrongDatatypeClashesAsInHermit() throws IOException {
        KnowledgeBase kb = load("claim.ttl", "<attribution/fixture> a cen:Attribution ; cen:isPublic \"yes\" .");

        assertThatThrownBy(() -> fast(kb).infer(kb.inputs().all()))
                .isInstanceOf(InconsistentDataException.class)
                .hasMessageContaining("isPublic")
                .hasMessageContaining("claim.ttl");
        assertThatThrownBy(() -> CenReasoner.reason(kb, Engine.HERMIT))
                .isInstanceOf(InconsistentDataException.class);
    }

    @Test
    void sameAsBetweenThingsIsLeftToHermitWhichStillReasons() throws IOException {
        KnowledgeBase kb = load("same.ttl", "<actor/fixture-unit> owl:sameAs <actor/rightscon-2021-state-b-intelligence-service> .");
        FastStage fast = fast(kb);

        assertThat(fast.unsupported()).singleElement().asString().contains("owl:sameAs");
        assertThatThrownBy(() -> fast.infer(List.of())).isInstanceOf(IllegalStateException.class);
        Inference inference = CenReasoner.reason(kb, Engine.FAST);
        assertThat(inference.notes()).anyMatch(s -> s.startsWith("fast engine declined"));
        assertThat(inference.stages()).extracting(Inference.Stage::name).contains("HermiT inferences");
        assertThat(inference.count(CEN.allegedlyAttributableTo)).isPositive();
    }

    @Test
    void anAxiomThatNeedsEqualityInAResearchersFileIsReported() throws IOException {
        KnowledgeBase kb = load("functional.ttl", "cen:heldBy a owl:FunctionalProperty .");

        assertThat(fast(kb).unsupported()).singleElement().asString().contains("FunctionalObjectProperty");
    }

    @Test
    void aSubclassAxiomInAResearchersFileIsCompiledLikeTheOntologys() throws IOException {
        // Every operation using phishing is, for this researcher, an electoral operation.
        KnowledgeBase kb = load("axiom.ttl", """
                [ a owl:Restriction ; owl:onProperty cen:usesMethod ; owl:hasValue cen:Phishing ]
                    <http://www.w3.org/2000/01/rdf-schema#subClassOf> cen:ElectoralOperation .
                <operation/fixture-phishing> a cen:CyberOperation ; cen:usesMethod cen:Phishing .
                """);

        Inference fast = CenReasoner.reason(kb, Engine.FAST);
        Inference hermit = CenReasoner.reason(kb, Engine.HERMIT);

        assertThat(fast.inferred().contains(fast.inferred().createResource(CEN.operation("fixture-phishing").getURI()),
                org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.rdf.model.ResourceFactory.createResource(CEN.NS + "ElectoralOperation"))).isTrue();
        FastParityTest.assertIsomorphic(fast.inferred(), hermit.inferred());
    }

    private static FastStage fast(KnowledgeBase kb) {
        return FastStage.prepare(kb.ontology(), kb.data());
    }

    private KnowledgeBase load(String name, String turtle) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "# fixture\n" + PREFIXES + turtle + "\n");
        return KnowledgeBase.load(List.of(file));
    }
}
