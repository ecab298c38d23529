package org.cybernorms.cen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.server.cli.Cen;
import org.cybernorms.cen.server.store.DatasetBuilder;
import org.cybernorms.cen.server.store.ServedDataset;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code cen serve --engine}: both engines serve the same inferred graph. */
class EngineChoiceIT {

    @Test
    void hermitAndTheFastEngineServeTheSameInferredGraph() {
        Graph hermit = inferred(Engine.HERMIT);
        Graph fast = inferred(Engine.FAST);

        assertThat(fast.size()).isPositive();
        assertThat(fast.isIsomorphicWith(hermit)).isTrue();
    }

    @Test
    void anUnknownEngineIsRefusedWithTheChoices() {
        StringWriter err = new StringWriter();
        CommandLine cen = Cen.commandLine().setErr(new PrintWriter(err));

        int exit = cen.execute("serve", "--engine", "openllet");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("BAD_OPTION: ").contains("'openllet'").contains("HERMIT, FAST");
    }

    private static Graph inferred(Engine engine) {
        ServedDataset served = DatasetBuilder.forServing(Inputs.bundledWith(List.of()), null, engine);
        return served.dataset().calculateRead(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            served.dataset().getGraph(NodeFactory.createURI(CEN.GRAPH_INFERRED)).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
