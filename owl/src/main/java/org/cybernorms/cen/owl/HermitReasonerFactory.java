package org.cybernorms.cen.owl;

import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.reasoner.OWLReasonerConfiguration;

/**
 * HermiT as CEN-KG runs it: data types outside OWL 2 (such as {@code xsd:date} and
 * {@code xsd:gYear}, which the data uses for dates only SPARQL reads) are ignored instead
 * of stopping the reasoner. Used for reasoning and for explanations alike, so that both
 * see the same ontology.
 */
public final class HermitReasonerFactory extends ReasonerFactory {

    @Override
    protected Configuration getProtegeConfiguration(OWLReasonerConfiguration owlConfiguration) {
        Configuration configuration = super.getProtegeConfiguration(owlConfiguration);
        configuration.ignoreUnsupportedDatatypes = true;
        return configuration;
    }

    /** A HermiT reasoner over the ontology, configured so. */
    public static OWLReasoner reasoner(OWLOntology ontology) {
        return new HermitReasonerFactory().createReasoner(ontology);
    }
}
