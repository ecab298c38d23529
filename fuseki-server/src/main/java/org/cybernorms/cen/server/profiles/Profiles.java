package org.cybernorms.cen.server.profiles;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The researcher's view of a thing, shown above the generic statements of its page: the
 * profile of a State (or other holder), a question, a norm, an operation or a response.
 * One per served dataset; what does not change (labels, the class hierarchy, States by
 * ISO code, the map's outlines) is computed once and kept.
 */
public final class Profiles {

    private final DatasetGraph dataset;
    private final Facts facts;

    /** @param dataset the served dataset (its default graph the union of the named graphs) */
    public Profiles(DatasetGraph dataset) {
        this.dataset = dataset;
        this.facts = new Facts(dataset.getDefaultGraph());
    }

    /** The profile's HTML sections for the thing, or empty when it is of no profiled kind. */
    public Optional<String> of(Node subject) {
        return Txn.calculateRead(dataset, () -> Optional.ofNullable(render(subject)));
    }

    private String render(Node subject) {
        if (QuestionProfile.applies(facts, subject)) {
            return QuestionProfile.render(facts, subject);
        }
        if (NormProfile.applies(facts, subject)) {
            return NormProfile.render(facts, subject);
        }
        if (OperationProfile.applies(facts, subject)) {
            return OperationProfile.render(facts, subject);
        }
        if (ResponseProfile.applies(facts, subject)) {
            return ResponseProfile.render(facts, subject);
        }
        if (HolderProfile.applies(facts, subject)) {
            return HolderProfile.render(facts, subject);
        }
        return null;
    }

    /** The facts the lists and the home page read (call inside a read transaction). */
    Facts facts() {
        return facts;
    }

    DatasetGraph dataset() {
        return dataset;
    }
}
