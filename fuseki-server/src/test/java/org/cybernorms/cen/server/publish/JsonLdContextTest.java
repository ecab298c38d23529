package org.cybernorms.cen.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.TurtleFiles;
import org.junit.jupiter.api.Test;

/** The JSON-LD context generated from the ontology, and JSON-LD compacted with it. */
class JsonLdContextTest {

    private static final JsonObject CONTEXT = JsonLdContext.bundled().getJsonObject("@context");

    @Test
    void objectPropertiesAreIrisDatatypePropertiesTypedClassesPlain() {
        assertThat(CONTEXT.getJsonObject("heldBy").getString("@id")).isEqualTo("cen:heldBy");
        assertThat(CONTEXT.getJsonObject("heldBy").getString("@type")).isEqualTo("@id");
        assertThat(CONTEXT.getJsonObject("isPublic").getString("@type")).isEqualTo("xsd:boolean");
        assertThat(CONTEXT.getJsonObject("priorNotification").getString("@type")).isEqualTo("xsd:boolean");
        // xsd:string range, or none: plain strings and language-tagged strings both fit.
        assertThat(CONTEXT.getString("isoCode")).isEqualTo("cen:isoCode");
        assertThat(CONTEXT.getString("quote")).isEqualTo("cen:quote");
        // The one annotation property links a norm to a class.
        assertThat(CONTEXT.getJsonObject("protects").getString("@type")).isEqualTo("@id");
        assertThat(CONTEXT.getString("State")).isEqualTo("cen:State");
        assertThat(CONTEXT.getString("cen")).isEqualTo(CEN.NS);
        assertThat(CONTEXT.getString("cenid")).isEqualTo(CEN.ID);
    }

    @Test
    void everyClassAndPropertyOfTheOntologyHasATerm() {
        Graph ontology = DatasetLoader.parseAll(TurtleFiles.bundledOntology());
        int checked = 0;
        for (var type : new org.apache.jena.rdf.model.Resource[] {OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty}) {
            for (Node term : ontology.find(Node.ANY, RDF.type.asNode(), type.asNode()).mapWith(t -> t.getSubject()).toList()) {
                if (term.isURI() && CEN.isTerm(term.getURI())) {
                    String name = term.getURI().substring(CEN.NS.length());
                    assertThat(CONTEXT.containsKey(name)).as("a term for " + term).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        // Individuals (controlled values) are not terms: they compact to cen:Phishing.
        assertThat(CONTEXT.containsKey("Phishing")).isFalse();
    }

    @Test
    void theContextIsValidJsonLdThatExpandsATermToItsIri() {
        String doc = "{\"@context\": " + CONTEXT + ", \"@id\": \"cenid:position/x\", \"@type\": \"NationalPosition\", "
                + "\"heldBy\": \"cenid:state/DNK\", \"isPublic\": \"true\", \"qualification\": {\"@value\": \"q\", \"@language\": \"en\"}}";
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(doc, Lang.JSONLD).parse(model);
        String position = CEN.ID + "position/x";
        assertThat(model.contains(model.createResource(position), CEN.heldBy, model.createResource(CEN.ID + "state/DNK"))).isTrue();
        assertThat(model.contains(model.createResource(position), RDF.type, CEN.NationalPosition)).isTrue();
        assertThat(model.contains(model.createResource(position), CEN.isPublic, model.createTypedLiteral(true))).isTrue();
        assertThat(model.size()).isEqualTo(4);
    }

    @Test
    void compactedJsonLdReadsLikeAWebDeveloperWantsAndRoundTrips() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                <https://w3id.org/cyber-election-norms/id/position/DNK/q> a cen:NationalPosition ;
                    cen:heldBy <https://w3id.org/cyber-election-norms/id/state/DNK> ;
                    cen:qualification "except in emergencies"@en .
                <https://w3id.org/cyber-election-norms/id/state/DNK> owl:sameAs <http://www.wikidata.org/entity/Q35> .
                <https://w3id.org/cyber-election-norms/id/attribution/x> cen:isPublic true ; cen:confidence cen:HighConfidence .
                """, Lang.TURTLE).parse(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, CenJsonLd.FORMAT);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"heldBy\": \"https://w3id.org/cyber-election-norms/id/state/DNK\"")
                .contains("\"@type\": \"NationalPosition\"")
                .contains("\"isPublic\": \"true\"")
                .contains("\"confidence\": \"cen:HighConfidence\"")
                .contains("\"@id\": \"http://www.wikidata.org/entity/Q35\"")
                .contains("\"cenid\": \"https://w3id.org/cyber-election-norms/id/\"");
        assertThat(json.indexOf("\"@context\"")).as("the context comes first").isLessThan(json.indexOf("\"@graph\""));
        Model back = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(json)).lang(Lang.JSONLD).parse(back);
        assertThat(back.isIsomorphicWith(model)).as(json).isTrue();
    }
}
