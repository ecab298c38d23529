package org.cybernorms.cen.server.profiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;

/** Attribution claims: who claims which operation is whose, when, with what confidence. */
final class Claims {

    private Claims() {}

    static List<Node> about(Facts facts, Node operation) {
        return facts.sortedByLabel(facts.subjects(CEN.attributedOperation, operation));
    }

    /** The States a claim points to (inferred through organs), else the actor it names. */
    static Set<Node> pointsTo(Facts facts, Node claim) {
        Set<Node> out = new LinkedHashSet<>(facts.objects(claim, CEN.pointsTo));
        out.addAll(facts.objects(claim, CEN.attributedActor));
        return out;
    }

    static boolean official(Facts facts, Node claim) {
        return facts.isA(claim, CEN.OfficialAttribution);
    }

    /** One line: the claim, its claimants, date and confidence, official or not. */
    static String summary(Facts facts, Node claim) {
        List<String> parts = new ArrayList<>();
        parts.add(Fragments.link(facts, claim));
        List<Node> by = facts.objects(claim, CEN.attributedBy);
        parts.add("by " + (by.isEmpty() ? "an unnamed claimant" : Fragments.links(facts, by)));
        String date = facts.date(claim);
        parts.add(date == null ? "undated" : Fragments.text(date));
        Node confidence = facts.object(claim, CEN.confidence);
        parts.add(confidence == null ? "no confidence stated" : "confidence " + Fragments.link(facts, confidence));
        parts.add(official(facts, claim) ? "<strong>official</strong>" : "allegation");
        return String.join(" · ", parts);
    }
}
