package org.cybernorms.cen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every term of the ontology contract, as core's {@link CEN} names it, is declared in
 * the ontology with the right kind: queries and the reasoner rely on these IRIs.
 */
class ContractCoverageTest {

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = OntologySources.model();
    }

    @Test
    void everyTermOfCoreVocabularyIsDeclared() throws IllegalAccessException {
        Set<String> contract = contractTerms();
        assertThat(contract).as("terms read from CEN").hasSizeGreaterThan(100);
        Set<String> undeclared = contract.stream()
                .filter(iri -> !ontology.contains(ontology.createResource(iri), RDF.type))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(undeclared).as("CEN terms with no rdf:type in the ontology").isEmpty();
    }

    @Test
    void propertiesOfCoreVocabularyAreDeclaredAsProperties() throws IllegalAccessException {
        Set<String> wrongKind = new TreeSet<>();
        for (Field field : CEN.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && org.apache.jena.rdf.model.Property.class.equals(field.getType())) {
                Resource property = ontology.createResource(((Resource) field.get(null)).getURI());
                if (!ontology.contains(property, RDF.type, OWL2.ObjectProperty)
                        && !ontology.contains(property, RDF.type, OWL2.DatatypeProperty)
                        && !ontology.contains(property, RDF.type, OWL2.AnnotationProperty)) {
                    wrongKind.add(property.getURI());
                }
            }
        }
        assertThat(wrongKind).as("CEN properties not declared as object, datatype or annotation properties").isEmpty();
    }

    private static Set<String> contractTerms() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field field : CEN.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                String iri = ((Resource) field.get(null)).getURI();
                if (CEN.isTerm(iri)) {
                    terms.add(iri);
                }
            }
        }
        return terms;
    }
}
