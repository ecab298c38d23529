package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.queries.DoctrineComparison;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryTarget;
import org.cybernorms.cen.server.web.Responses;

/**
 * {@code /compare?states=DNK,ISR,CAN}: the States' doctrines side by side; without
 * {@code states}, the form. A bad State answers 400 naming {@code states}.
 */
final class CompareServlet extends ViewServlet {

    private static final long serialVersionUID = 1L;

    private final transient QueryCatalogue catalogue;
    private final transient DatasetGraph served;
    private final transient QueryTarget target;

    CompareServlet(QueryCatalogue catalogue, DatasetGraph served) {
        this.catalogue = catalogue;
        this.served = served;
        this.target = ServedTarget.of(served);
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String states = RequestParams.of(request, Set.of()).getOrDefault("states", "").strip();
        LabelLookup labels = new LabelLookup(served);
        if (states.isEmpty()) {
            Responses.html(response, ComparePage.render("", null, null, labels));
            return;
        }
        List<String> list = Arrays.stream(states.split(",", -1)).map(String::strip).toList();
        DoctrineComparison comparison = DoctrineComparison.compare(catalogue, target, list);
        CompareEvidence evidence = CompareEvidence.gather(catalogue, target, comparison);
        Responses.html(response, ComparePage.render(states, comparison, evidence, labels));
    }
}
