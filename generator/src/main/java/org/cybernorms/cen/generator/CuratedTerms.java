package org.cybernorms.cen.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.TurtleFiles;

/**
 * What generated data refers to in the curated knowledge base: the legal questions with
 * their answers, and the norms States may endorse. Read from the bundled data, sorted by
 * IRI, so that a new question in data/ gets positions without a change here.
 *
 * @param answers each question's relative IRI to its answers' relative IRIs
 * @param norms the norms' relative IRIs
 */
record CuratedTerms(Map<String, List<String>> answers, List<String> norms) {

    static CuratedTerms bundled() {
        Graph data = DatasetLoader.parseAll(TurtleFiles.bundledData());
        Map<String, List<String>> answers = new TreeMap<>();
        for (Node question : subjectsOfType(data, CEN.LegalQuestion.asNode())) {
            List<String> options = new ArrayList<>();
            data.find(question, CEN.hasAnswer.asNode(), Node.ANY).forEachRemaining(t -> options.add(relative(t.getObject())));
            options.sort(Comparator.naturalOrder());
            answers.put(relative(question), List.copyOf(options));
        }
        List<String> norms = new ArrayList<>();
        for (Node type : List.of(CEN.LegalRule.asNode(), CEN.VoluntaryNorm.asNode(), CEN.ProposedNorm.asNode())) {
            subjectsOfType(data, type).forEach(n -> norms.add(relative(n)));
        }
        norms.sort(Comparator.naturalOrder());
        return new CuratedTerms(answers, norms.stream().distinct().toList());
    }

    private static List<Node> subjectsOfType(Graph graph, Node type) {
        return graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList();
    }

    private static String relative(Node node) {
        return node.getURI().substring(CEN.ID.length());
    }

    /** The question's slug: its relative IRI without "question/". */
    static String slug(String question) {
        return question.substring("question/".length());
    }
}
