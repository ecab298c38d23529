package org.cybernorms.cen.server.publish;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.server.fuseki.SparqlModule;

/**
 * The VoID and DCAT description of a served CEN-KG: the dataset with its title,
 * description, publisher and licence; its SPARQL endpoint and dumps (as {@code void:dataDump}
 * and as DCAT distributions); the named graphs as subsets with their triple counts; class and
 * property partitions; and the linkset of {@code owl:sameAs} links to Wikidata.
 */
public final class VoidDescription {

    /** Where a served CEN-KG publishes it, relative to the server's root. */
    public static final String PATH = ".well-known/void";
    /** Wikidata as a dataset: its own item. */
    static final String WIKIDATA = "http://www.wikidata.org/entity/Q2013";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private VoidDescription() {}

    /**
     * A new model describing the dataset as served at {@code base}.
     *
     * @param base the server's root URL, ending with '/'
     */
    public static Model build(DatasetStatistics stats, String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Publication.prefixes());
        Resource dataset = Publication.describe(m);
        String endpoint = base + SparqlModule.SPARQL.substring(1);
        dataset.addProperty(m.createProperty(FOAF, "homepage"), m.createResource(base))
                .addProperty(PublishVocab.landingPage, m.createResource(base))
                .addProperty(PublishVocab.sparqlEndpoint, m.createResource(endpoint))
                .addProperty(PublishVocab.exampleResource, m.createResource(CEN.ID + "state/DNK"))
                .addProperty(PublishVocab.exampleResource, m.createResource(CEN.ID + "operation/dnc-2016"))
                .addProperty(RDFS.seeAlso, m.createResource(base + "context.jsonld"));
        for (String keyword : new String[] {"elections", "foreign interference", "international law", "cyber norms",
                "state responsibility", "countermeasures"}) {
            dataset.addProperty(PublishVocab.keyword, m.createLiteral(keyword, "en"));
        }
        counts(m, dataset, stats);
        dumps(m, dataset, base);
        graphs(m, dataset, stats);
        partitions(m, dataset, stats);
        linkset(m, dataset, stats);

        m.createResource()
                .addProperty(RDF.type, PublishVocab.DataService)
                .addProperty(DCTerms.title, m.createLiteral("CEN-KG SPARQL 1.1 query endpoint (read-only)", "en"))
                .addProperty(PublishVocab.endpointURL, m.createResource(endpoint))
                .addProperty(PublishVocab.endpointDescription, m.createResource(endpoint))
                .addProperty(PublishVocab.servesDataset, dataset)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCTerms.license, m.createResource(Publication.DATA_LICENCE));

        m.createResource(base + PATH)
                .addProperty(RDF.type, PublishVocab.DatasetDescription)
                .addProperty(DCTerms.title, m.createLiteral("A VoID and DCAT description of CEN-KG", "en"))
                .addProperty(m.createProperty(FOAF, "primaryTopic"), dataset)
                .addProperty(DCTerms.license, m.createResource(Publication.DATA_LICENCE));
        return m;
    }

    private static void counts(Model m, Resource dataset, DatasetStatistics stats) {
        dataset.addLiteral(PublishVocab.triples, integer(m, stats.triples()))
                .addLiteral(PublishVocab.distinctSubjects, integer(m, stats.distinctSubjects()))
                .addLiteral(PublishVocab.distinctObjects, integer(m, stats.distinctObjects()))
                .addLiteral(PublishVocab.entities, integer(m, stats.entities()))
                .addLiteral(PublishVocab.classes, integer(m, stats.classPartitions().size()))
                .addLiteral(PublishVocab.properties, integer(m, stats.propertyPartitions().size()));
    }

    private static void dumps(Model m, Resource dataset, String base) {
        for (DumpGraphs graphs : DumpGraphs.values()) {
            for (DumpFormat format : DumpFormat.values()) {
                String url = base + DumpsPage.path(graphs, format);
                dataset.addProperty(PublishVocab.dataDump, m.createResource(url));
                Resource distribution = m.createResource()
                        .addProperty(RDF.type, PublishVocab.Distribution)
                        .addProperty(DCTerms.title, m.createLiteral(DumpsPage.title(graphs, format), "en"))
                        .addProperty(PublishVocab.downloadURL, m.createResource(url))
                        .addProperty(PublishVocab.mediaType, m.createResource(IANA + format.mediaType))
                        .addProperty(DCTerms.license, m.createResource(Publication.DATA_LICENCE));
                dataset.addProperty(PublishVocab.distribution, distribution);
                Resource gz = m.createResource()
                        .addProperty(RDF.type, PublishVocab.Distribution)
                        .addProperty(DCTerms.title, m.createLiteral(DumpsPage.title(graphs, format) + ", gzipped", "en"))
                        .addProperty(PublishVocab.downloadURL, m.createResource(url + ".gz"))
                        .addProperty(PublishVocab.mediaType, m.createResource(IANA + format.mediaType))
                        .addProperty(PublishVocab.compressFormat, m.createResource(IANA + "application/gzip"))
                        .addProperty(DCTerms.license, m.createResource(Publication.DATA_LICENCE));
                dataset.addProperty(PublishVocab.distribution, gz);
            }
        }
    }

    private static void graphs(Model m, Resource dataset, DatasetStatistics stats) {
        stats.graphTriples().forEach((graph, count) -> {
            Resource subset = m.createResource(graph)
                    .addProperty(RDF.type, PublishVocab.VoidDataset)
                    .addProperty(DCTerms.title, m.createLiteral("named graph " + CenNames.lastSegment(graph), "en"))
                    .addLiteral(PublishVocab.triples, integer(m, count))
                    .addProperty(DCTerms.license, m.createResource(Publication.DATA_LICENCE));
            dataset.addProperty(PublishVocab.subset, subset);
        });
    }

    private static void partitions(Model m, Resource dataset, DatasetStatistics stats) {
        stats.classPartitions().forEach((cls, count) -> dataset.addProperty(PublishVocab.classPartition,
                m.createResource().addProperty(PublishVocab.voidClass, m.createResource(cls))
                        .addLiteral(PublishVocab.entities, integer(m, count))));
        stats.propertyPartitions().forEach((property, count) -> dataset.addProperty(PublishVocab.propertyPartition,
                m.createResource().addProperty(PublishVocab.voidProperty, m.createResource(property))
                        .addLiteral(PublishVocab.triples, integer(m, count))));
    }

    private static void linkset(Model m, Resource dataset, DatasetStatistics stats) {
        Resource wikidata = m.createResource(WIKIDATA)
                .addProperty(RDF.type, PublishVocab.VoidDataset)
                .addProperty(DCTerms.title, m.createLiteral("Wikidata", "en"))
                .addProperty(m.createProperty(FOAF, "homepage"), m.createResource("https://www.wikidata.org/"))
                .addProperty(PublishVocab.uriSpace, DatasetStatistics.WIKIDATA_ENTITY)
                .addProperty(PublishVocab.sparqlEndpoint, m.createResource("https://query.wikidata.org/sparql"));
        Resource linkset = m.createResource(Publication.DATASET + "/wikidata-links")
                .addProperty(RDF.type, PublishVocab.VoidLinkset)
                .addProperty(DCTerms.title, m.createLiteral("CEN-KG's States linked to their Wikidata items", "en"))
                .addProperty(PublishVocab.subjectsTarget, dataset)
                .addProperty(PublishVocab.objectsTarget, wikidata)
                .addProperty(PublishVocab.linkPredicate, OWL2.sameAs)
                .addLiteral(PublishVocab.triples, integer(m, stats.wikidataLinks()));
        dataset.addProperty(PublishVocab.subset, linkset);
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSD.integer.getURI());
    }
}
