package org.cybernorms.cen.server.publish;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the vocabularies a dataset is described with: VoID, DCAT and the SPARQL 1.1
 * Service Description vocabulary, only those used here.
 */
public final class PublishVocab {

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** W3C's IRIs for formats, used by sd:resultFormat. */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    // VoID
    public static final Resource VoidDataset = ResourceFactory.createResource(VOID + "Dataset");
    public static final Resource VoidLinkset = ResourceFactory.createResource(VOID + "Linkset");
    public static final Resource DatasetDescription = ResourceFactory.createResource(VOID + "DatasetDescription");
    public static final Property triples = voidProperty("triples");
    public static final Property entities = voidProperty("entities");
    public static final Property classes = voidProperty("classes");
    public static final Property properties = voidProperty("properties");
    public static final Property distinctSubjects = voidProperty("distinctSubjects");
    public static final Property distinctObjects = voidProperty("distinctObjects");
    public static final Property classPartition = voidProperty("classPartition");
    public static final Property propertyPartition = voidProperty("propertyPartition");
    public static final Property voidClass = voidProperty("class");
    public static final Property voidProperty = voidProperty("property");
    public static final Property sparqlEndpoint = voidProperty("sparqlEndpoint");
    public static final Property dataDump = voidProperty("dataDump");
    public static final Property uriSpace = voidProperty("uriSpace");
    public static final Property vocabulary = voidProperty("vocabulary");
    public static final Property exampleResource = voidProperty("exampleResource");
    public static final Property subset = voidProperty("subset");
    public static final Property subjectsTarget = voidProperty("subjectsTarget");
    public static final Property objectsTarget = voidProperty("objectsTarget");
    public static final Property linkPredicate = voidProperty("linkPredicate");
    public static final Property feature = voidProperty("feature");

    // DCAT
    public static final Resource DcatDataset = ResourceFactory.createResource(DCAT + "Dataset");
    public static final Resource Distribution = ResourceFactory.createResource(DCAT + "Distribution");
    public static final Resource DataService = ResourceFactory.createResource(DCAT + "DataService");
    public static final Property distribution = dcat("distribution");
    public static final Property downloadURL = dcat("downloadURL");
    public static final Property mediaType = dcat("mediaType");
    public static final Property compressFormat = dcat("compressFormat");
    public static final Property byteSize = dcat("byteSize");
    public static final Property endpointURL = dcat("endpointURL");
    public static final Property endpointDescription = dcat("endpointDescription");
    public static final Property servesDataset = dcat("servesDataset");
    public static final Property keyword = dcat("keyword");
    public static final Property landingPage = dcat("landingPage");

    // SPARQL 1.1 Service Description
    public static final Resource Service = ResourceFactory.createResource(SD + "Service");
    public static final Resource SdDataset = ResourceFactory.createResource(SD + "Dataset");
    public static final Resource Graph = ResourceFactory.createResource(SD + "Graph");
    public static final Resource NamedGraph = ResourceFactory.createResource(SD + "NamedGraph");
    public static final Resource SPARQL11Query = ResourceFactory.createResource(SD + "SPARQL11Query");
    public static final Resource UnionDefaultGraph = ResourceFactory.createResource(SD + "UnionDefaultGraph");
    public static final Resource BasicFederatedQuery = ResourceFactory.createResource(SD + "BasicFederatedQuery");
    public static final Property endpoint = sd("endpoint");
    public static final Property supportedLanguage = sd("supportedLanguage");
    public static final Property resultFormat = sd("resultFormat");
    public static final Property sdFeature = sd("feature");
    public static final Property defaultDataset = sd("defaultDataset");
    public static final Property defaultGraph = sd("defaultGraph");
    public static final Property namedGraph = sd("namedGraph");
    public static final Property name = sd("name");
    public static final Property graph = sd("graph");

    private PublishVocab() {}

    private static Property voidProperty(String local) {
        return ResourceFactory.createProperty(VOID + local);
    }

    private static Property dcat(String local) {
        return ResourceFactory.createProperty(DCAT + local);
    }

    private static Property sd(String local) {
        return ResourceFactory.createProperty(SD + local);
    }
}
