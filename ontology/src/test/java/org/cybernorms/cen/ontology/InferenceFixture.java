package org.cybernorms.cen.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.cybernorms.cen.core.CEN;

/**
 * A small ABox ({@code fixtures/<name>.ttl}) and the exact inferences HermiT must draw
 * from it together with the ontology ({@code fixtures/<name>.expected.ttl}): the values of
 * the DL stage's properties, and the members of the kinds of position OWL decides
 * ({@code rdf:type} triples of the expected file).
 */
record InferenceFixture(String name, Path abox, Path expected) {

    static final String EXPECTED_SUFFIX = ".expected.ttl";

    /**
     * The contract properties the fixtures pin down: those the DL stage draws. The relations
     * between positions and holders (cen:conflictsWith, agreesWith, disagreesWith) are the
     * rule stage's (reasoner rule fixtures); asking HermiT for them must give nothing.
     */
    static final List<String> PROPERTIES = List.of(
            CEN.attributableTo.getURI(),
            CEN.allegedlyAttributableTo.getURI(),
            CEN.hasIntent.getURI(),
            CEN.pointsTo.getURI(),
            CEN.onQuestion.getURI(),
            CEN.conflictsWith.getURI(),
            CEN.agreesWith.getURI(),
            CEN.disagreesWith.getURI());

    /** The classes whose every member (asserted or inferred) the fixtures pin down. */
    static final List<String> CLASSES = List.of(
            CEN.NationalPosition.getURI(),
            CEN.ScenarioPosition.getURI());

    static InferenceFixture of(Path abox) {
        String file = abox.getFileName().toString();
        String name = file.substring(0, file.length() - ".ttl".length());
        return new InferenceFixture(name, abox, abox.resolveSibling(name + EXPECTED_SUFFIX));
    }

    /** The ontology and the fixture's facts in one model. */
    Model withOntology() {
        return ModelFactory.createDefaultModel().add(OntologySources.model()).add(OntologySources.read(abox));
    }

    /** The expected inferences, every triple of the expected file. */
    Set<Fact> expectedFacts() {
        Set<Fact> facts = new TreeSet<>();
        for (Statement s : OntologySources.read(expected).listStatements().toList()) {
            facts.add(new Fact(s.getSubject().getURI(), s.getPredicate().getURI(), s.getResource().getURI()));
        }
        return facts;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Rewrites the expected file in the source tree (the module's src/test/resources, the
     * working folder of the tests) with these facts, keeping its opening comment lines.
     */
    void writeExpected(Set<Fact> facts) {
        Path source = Path.of("src/test/resources/fixtures").resolve(expected.getFileName());
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(expected)) {
                if (!line.startsWith("#")) {
                    break;
                }
                lines.add(line);
            }
            facts.forEach(fact -> lines.add(fact + " ."));
            Files.write(source, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
