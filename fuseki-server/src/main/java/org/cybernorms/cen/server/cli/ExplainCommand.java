package org.cybernorms.cen.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.core.ExitCode;
import org.cybernorms.cen.reasoner.Explainer;
import org.cybernorms.cen.reasoner.KnowledgeGraph;
import org.cybernorms.cen.reasoner.Reasoned;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cen explain S P O}: why a triple holds, down to the source quotes. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a triple: the axioms or rule it follows from, the facts used and their "
                + "sources with quotes. Terms are IRIs, cen:term, cenid:path or 'a'. Exit 1 when it does not "
                + "follow, or when the data break the shapes or are inconsistent.")
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SUBJECT", description = "e.g. cenid:operation/dnc-2016")
    private String subject;

    @Parameters(index = "1", paramLabel = "PROPERTY", description = "e.g. cen:violates")
    private String property;

    @Parameters(index = "2", paramLabel = "OBJECT", description = "e.g. cenid:norm/intervention-2-0")
    private String object;

    @Mixin
    private DataFiles data = new DataFiles();

    @Mixin
    private EngineOption engine = new EngineOption();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        // The terms are read before anything is loaded or reasoned.
        Triple triple = Triple.create(node(subject), node(property), node(object));
        Reasoned reasoned = KnowledgeGraph.load(data.paths()).checkShapes().reason(engine.engine());
        Explainer.Explanation explanation = Explainer.explain(reasoned, triple);
        PrintWriter out = spec.commandLine().getOut();
        out.print(explanation.render());
        out.flush();
        return explanation.verdict() == Explainer.Verdict.DOES_NOT_FOLLOW ? ExitCode.INVALID.code : ExitCode.OK.code;
    }

    /** Reads a term: {@code a}, {@code cen:x}, {@code cenid:x/y}, another known prefix, {@code <iri>} or an IRI. */
    static Node node(String term) {
        if (term.strip().equals("a")) {
            return RDF.type.asNode();
        }
        return NodeFactory.createURI(CenNames.expand(term).orElseThrow(() -> new CenException(ErrorName.BAD_TERM,
                "'" + term + "'", "not an IRI, a cen:/cenid: name or 'a'")));
    }
}
