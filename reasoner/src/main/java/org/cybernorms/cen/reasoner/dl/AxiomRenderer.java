package org.cybernorms.cen.reasoner.dl;

import java.util.regex.Pattern;
import org.cybernorms.cen.core.CEN;
import org.semanticweb.owlapi.manchestersyntax.renderer.ManchesterOWLSyntaxOWLObjectRendererImpl;
import org.semanticweb.owlapi.model.OWLObject;
import org.semanticweb.owlapi.util.DefaultPrefixManager;

/** Renders OWL axioms for people: Manchester syntax with {@code cen:} and {@code cenid:} names. */
public final class AxiomRenderer {

    private final ManchesterOWLSyntaxOWLObjectRendererImpl renderer = new ManchesterOWLSyntaxOWLObjectRendererImpl();

    public AxiomRenderer() {
        DefaultPrefixManager prefixes = new DefaultPrefixManager();
        prefixes.setPrefix("cen:", CEN.NS);
        prefixes.setPrefix("cenid:", CEN.ID);
        prefixes.setPrefix("owl:", "http://www.w3.org/2002/07/owl#");
        prefixes.setPrefix("xsd:", "http://www.w3.org/2001/XMLSchema#");
        renderer.setShortFormProvider(prefixes);
    }

    /** One line of Manchester syntax, white space collapsed. */
    public String render(OWLObject object) {
        return shorten(renderer.render(object).replaceAll("\\s+", " ").trim());
    }

    /**
     * Writes CEN-KG IRIs in a text as {@code cenid:path} and {@code cen:term}; the OWL API
     * leaves IRIs whose local part holds a '/' in full.
     */
    public static String shorten(String text) {
        return text.replaceAll("<?" + Pattern.quote(CEN.ID) + "([^>\\s]*)>?", "cenid:$1")
                .replaceAll("<?" + Pattern.quote(CEN.NS) + "([^>\\s]*)>?", "cen:$1");
    }
}
