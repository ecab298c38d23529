package org.cybernorms.cen.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.CenReasoner;
import org.cybernorms.cen.reasoner.Explainer;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cen explain S P O}: why a triple holds, down to the source quotes. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a triple: the axioms or rule it follows from, the facts used and their "
                + "sources with quotes. Terms are IRIs, cen:term, cenid:path or 'a'. Exit 1 when it does not follow.")
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SUBJECT", description = "e.g. cenid:operation/dnc-2016")
    private String subject;

    @Parameters(index = "1", paramLabel = "PROPERTY", description = "e.g. cen:violates")
    private String property;

    @Parameters(index = "2", paramLabel = "OBJECT", description = "e.g. cenid:norm/intervention-2-0")
    private String object;

    @Mixin
    private DataFiles files = new DataFiles();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Triple triple;
        try {
            triple = Triple.create(node(subject), node(property), node(object));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
        Explainer.Explanation explanation;
        try {
            KnowledgeBase kb = KnowledgeBase.load(files.paths());
            CenReasoner.materialise(kb.dataset(), kb.inputs());
            explanation = Explainer.explain(kb.dataset(), triple);
        } catch (InconsistentDataException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID;
        } catch (CenInputException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
        out.print(explanation.render());
        out.flush();
        return explanation.verdict() == Explainer.Verdict.DOES_NOT_FOLLOW ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /** Reads a term: {@code a}, {@code cen:x}, {@code cenid:x/y}, {@code <iri>} or an absolute IRI. */
    static Node node(String term) {
        String t = term.strip();
        if (t.equals("a") || t.equals("rdf:type")) {
            return RDF.type.asNode();
        }
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.startsWith("cenid:")) {
            return NodeFactory.createURI(CEN.ID + t.substring("cenid:".length()));
        }
        if (t.startsWith("cen:")) {
            return NodeFactory.createURI(CEN.NS + t.substring("cen:".length()));
        }
        if (t.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.+") && !t.contains(" ")) {
            return NodeFactory.createURI(t);
        }
        throw new IllegalArgumentException("not an IRI or a cen:/cenid: name: '" + term + "'");
    }
}
