package org.cybernorms.cen.server.publish;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenNames;

/**
 * Who publishes CEN-KG and under which licences: the dataset's IRI, title, publisher and
 * the two licences (code Apache-2.0, data CC BY 4.0, as LICENSE says), stated the same way
 * in the dumps, the VoID description and the {@code /dumps/} page.
 */
public final class Publication {

    /** The IRI of the dataset as a whole (a {@code cenid:} thing). */
    public static final String DATASET = CEN.ID + "dataset/cen-kg";
    /** The licence of the data, the ontology and every dump. */
    public static final String DATA_LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String DATA_LICENCE_NAME = "Creative Commons Attribution 4.0 International (CC BY 4.0)";
    /** The licence of the code. */
    public static final String CODE_LICENCE = "https://www.apache.org/licenses/LICENSE-2.0";
    public static final String CODE_LICENCE_NAME = "Apache License 2.0";
    public static final String TITLE = "CEN-KG: the Cyber Election Norms Knowledge Graph";
    public static final String DESCRIPTION = "International law and cyber norms that protect elections from "
            + "foreign interference by digital means: actors, electoral infrastructure, cyber operations, "
            + "attribution claims, norms, legal questions and the positions States and expert bodies take on "
            + "them, every fact with its source, locator and verbatim quote; with what an OWL 2 DL reasoner "
            + "and SPARQL rules infer from them (violations, attribution, conflicts, doctrine verdicts).";
    public static final String PUBLISHER = "The CEN-KG project";
    /** What the licence covers and what it does not. */
    public static final String RIGHTS = "The ontology, the knowledge base and these dumps are licensed under "
            + DATA_LICENCE_NAME + ", " + DATA_LICENCE + "; the code that builds and serves them under the "
            + CODE_LICENCE_NAME + ". Quotes from source documents remain their authors' and are reproduced "
            + "briefly, with attribution, for citation.";

    private Publication() {}

    public static Resource dataset() {
        return ResourceFactory.createResource(DATASET);
    }

    /** The prefixes of everything this package writes. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(CenNames.prefixes())
                .setNsPrefix("void", PublishVocab.VOID)
                .setNsPrefix("dcat", PublishVocab.DCAT)
                .setNsPrefix("sd", PublishVocab.SD)
                .setNsPrefix("formats", PublishVocab.FORMATS);
    }

    /**
     * Adds the dataset's title, description, licence, rights and publisher to a model, and
     * returns the dataset resource in it.
     */
    public static Resource describe(Model model) {
        Resource dataset = model.createResource(DATASET)
                .addProperty(RDF.type, PublishVocab.VoidDataset)
                .addProperty(RDF.type, PublishVocab.DcatDataset)
                .addProperty(DCTerms.title, model.createLiteral(TITLE, "en"))
                .addProperty(DCTerms.description, model.createLiteral(DESCRIPTION, "en"))
                .addProperty(DCTerms.license, model.createResource(DATA_LICENCE))
                .addProperty(DCTerms.rights, model.createLiteral(RIGHTS, "en"))
                .addProperty(PublishVocab.uriSpace, CEN.ID)
                .addProperty(PublishVocab.vocabulary, model.createResource(CEN.ONTOLOGY_IRI));
        dataset.addProperty(DCTerms.publisher, model.createResource()
                .addProperty(RDF.type, model.createResource("http://xmlns.com/foaf/0.1/Organization"))
                .addProperty(model.createProperty("http://xmlns.com/foaf/0.1/name"), PUBLISHER));
        return dataset;
    }
}
