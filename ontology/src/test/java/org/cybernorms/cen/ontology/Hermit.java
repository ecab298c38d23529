package org.cybernorms.cen.ontology;

import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** HermiT configured as the project uses it. */
final class Hermit {

    private Hermit() {}

    /**
     * A HermiT reasoner over {@code ontology}. Unsupported datatypes (such as xsd:date in
     * data) are ignored rather than fatal, as in the reasoner module.
     */
    static OWLReasoner reasoner(OWLOntology ontology) {
        Configuration configuration = new Configuration();
        configuration.ignoreUnsupportedDatatypes = true;
        return new ReasonerFactory().createReasoner(ontology, configuration);
    }
}
