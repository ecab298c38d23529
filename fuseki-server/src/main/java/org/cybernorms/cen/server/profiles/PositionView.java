package org.cybernorms.cen.server.profiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;

/**
 * A position as the profiles show it.
 *
 * @param position the position
 * @param holder who holds it
 * @param question the question it answers (cen:onQuestion, else the question of its answer)
 * @param answer its answer
 * @param date when it was stated (dct:date), or null when the source does not say
 * @param qualification the holder's qualification, or null
 * @param supersededBy the later positions of the same holder that replace it (empty: current)
 * @param supersedes the earlier positions it replaces
 * @param quotes its citations
 */
record PositionView(Node position, Node holder, Node question, Node answer, String date, String qualification,
                    List<Node> supersededBy, List<Node> supersedes, List<Facts.Quote> quotes) {

    static final Comparator<PositionView> BY_DATE = Comparator.comparing((PositionView p) -> p.date() == null ? "" : p.date())
            .thenComparing(p -> p.position().getURI());

    static PositionView of(Facts facts, Node position) {
        Node answer = facts.object(position, CEN.answer);
        Node question = facts.object(position, CEN.onQuestion);
        if (question == null && answer != null) {
            List<Node> asking = facts.subjects(CEN.hasAnswer, answer);
            question = asking.isEmpty() ? null : asking.get(0);
        }
        return new PositionView(position, facts.object(position, CEN.heldBy), question, answer, facts.date(position),
                facts.text(position, CEN.qualification), facts.subjects(CEN.supersedes, position),
                facts.objects(position, CEN.supersedes), facts.quotes(position));
    }

    boolean current() {
        return supersededBy.isEmpty();
    }

    /** Every position the holder holds, current or not. */
    static List<PositionView> heldBy(Facts facts, Node holder) {
        List<PositionView> out = new ArrayList<>();
        for (Node p : facts.subjects(CEN.heldBy, holder)) {
            if (facts.isA(p, CEN.Position)) {
                out.add(of(facts, p));
            }
        }
        return out;
    }

    /** Every position on the question, current or not. */
    static List<PositionView> onQuestion(Facts facts, Node question) {
        List<PositionView> out = new ArrayList<>();
        for (Node answer : facts.objects(question, CEN.hasAnswer)) {
            for (Node p : facts.subjects(CEN.answer, answer)) {
                out.add(of(facts, p));
            }
        }
        return out;
    }
}
