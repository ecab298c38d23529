package org.cybernorms.cen.server.publish;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * A SPARQL 1.1 Service Description of the query endpoint: SPARQL 1.1 Query, the result
 * formats, the union default graph, the named graphs with their sizes, and (when the
 * server allows SERVICE) basic federated query. The default dataset is the CEN-KG dataset
 * itself, so the VoID description ({@code rdfs:seeAlso}) and this one meet.
 */
public final class ServiceDescription {

    private static final String[] RESULT_FORMATS = {
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads",
    };

    private ServiceDescription() {}

    /**
     * A new model describing the endpoint.
     *
     * @param endpoint the endpoint's URL
     * @param base the server's root URL, ending with '/'
     * @param federated whether the server runs SERVICE clauses
     */
    public static Model build(DatasetStatistics stats, String endpoint, String base, boolean federated) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Publication.prefixes());
        Resource dataset = m.createResource(Publication.DATASET)
                .addProperty(RDF.type, PublishVocab.SdDataset)
                .addProperty(DCTerms.title, m.createLiteral(Publication.TITLE, "en"))
                .addProperty(DCTerms.license, m.createResource(Publication.DATA_LICENCE))
                .addProperty(RDFS.seeAlso, m.createResource(base + VoidDescription.PATH));
        dataset.addProperty(PublishVocab.defaultGraph, m.createResource()
                .addProperty(RDF.type, PublishVocab.Graph)
                .addProperty(DCTerms.description, m.createLiteral("The union of the named graphs.", "en"))
                .addLiteral(PublishVocab.triples, integer(m, stats.triples())));
        stats.graphTriples().forEach((graph, count) -> dataset.addProperty(PublishVocab.namedGraph, m.createResource()
                .addProperty(RDF.type, PublishVocab.NamedGraph)
                .addProperty(PublishVocab.name, m.createResource(graph))
                .addProperty(PublishVocab.graph, m.createResource()
                        .addProperty(RDF.type, PublishVocab.Graph)
                        .addLiteral(PublishVocab.triples, integer(m, count)))));

        Resource service = m.createResource()
                .addProperty(RDF.type, PublishVocab.Service)
                .addProperty(PublishVocab.endpoint, m.createResource(endpoint))
                .addProperty(PublishVocab.supportedLanguage, PublishVocab.SPARQL11Query)
                .addProperty(PublishVocab.sdFeature, PublishVocab.UnionDefaultGraph)
                .addProperty(PublishVocab.defaultDataset, dataset);
        if (federated) {
            service.addProperty(PublishVocab.sdFeature, PublishVocab.BasicFederatedQuery);
        }
        for (String format : RESULT_FORMATS) {
            service.addProperty(PublishVocab.resultFormat, m.createResource(PublishVocab.FORMATS + format));
        }
        return m;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSD.integer.getURI());
    }
}
