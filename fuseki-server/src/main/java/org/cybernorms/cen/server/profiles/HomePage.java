package org.cybernorms.cen.server.profiles;

import org.apache.jena.graph.NodeFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.publish.Publication;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;

/**
 * The home page: what CEN-KG is, its figures counted from the served dataset, where to
 * start, the licence and how to cite it. Rendered inside a read transaction.
 */
final class HomePage {

    /** The Fuseki UI's query editor, on the served dataset. */
    static final String SPARQL_EDITOR = "/sparql-editor/#/dataset/cen/query";

    private HomePage() {}

    /** The figures of the home page. */
    record Figures(long states, long positions, long norms, long operations, long conclusions) {

        static Figures of(Facts facts, long inferred) {
            return new Figures(facts.statesByIso().size(), facts.instances(CEN.Position).size(),
                    facts.instances(CEN.Norm).size(), facts.instances(CEN.CyberOperation).size(), inferred);
        }
    }

    static long inferred(org.apache.jena.sparql.core.DatasetGraph dataset) {
        return dataset.getGraph(NodeFactory.createURI(CEN.GRAPH_INFERRED)).size();
    }

    static String render(Figures f) {
        String body = "<h1>" + Html.escape(Publication.TITLE) + "</h1>\n"
                + "<p class=\"lead\">CEN-KG records the international law and the cyber norms that protect elections "
                + "from foreign interference by digital means: the States' and expert bodies' positions on the legal "
                + "questions, the norms, and the cyber operations with their attribution claims, every fact with its "
                + "source and verbatim quote. A reasoner draws, never more strongly than the evidence allows, which "
                + "operations breach which norms on whose reading, to whom they are attributable on whose claims, "
                + "where positions conflict and which responses a State's own doctrine allows.</p>\n"
                + "<section aria-labelledby=\"figures-h\"><h2 id=\"figures-h\">In the served data</h2>\n"
                + "<ul class=\"figures\">"
                + figure(f.states(), "States", "/states")
                + figure(f.positions(), "positions", "/questions")
                + figure(f.norms(), "norms", "/norms")
                + figure(f.operations(), "operations", "/cases")
                + figure(f.conclusions(), "conclusions: statements the reasoner inferred", "/dumps/")
                + "</ul></section>\n"
                + "<section aria-labelledby=\"start-h\"><h2 id=\"start-h\">Where to start</h2>\n<ul class=\"entries\">"
                + entry("/states", "States", "each State's positions, agreements and conflicts, operations attributed "
                        + "to it, its responses and the norms it endorsed")
                + entry("/questions", "Questions", "every holder's answer to a legal question, on a world map")
                + entry("/norms", "Norms", "legal rules, expert restatements, voluntary norms and pledges, with their "
                        + "endorsers and the operations assessed against them")
                + entry("/cases", "Cases", "operations with their attribution claims and assessments; responses with "
                        + "their doctrine verdicts")
                + entry("/compare", "Compare", "States' doctrines side by side: where they agree, conflict or are silent")
                + entry("/matrix", "Doctrine matrix", "every State's answer to every question")
                + entry("/conflicts", "Conflicts", "the holders whose positions exclude each other")
                + entry("/search", "Search", "labels, quotes, qualifications and norm texts")
                + entry("/try", "Try a case", "reason over a case of your own, without changing the served data")
                + entry(SPARQL_EDITOR, "SPARQL editor", "write queries in the browser; the endpoint is /cen/sparql")
                + entry("/queries", "Query catalogue", "documented queries, as tables, CSV or JSON")
                + entry("/dumps/", "Dumps", "the whole graph in Turtle, N-Triples, TriG, JSON-LD and RDF/XML, with "
                        + "its VoID description")
                + entry("/ontology", "Ontology", "the classes and properties, documented")
                + "</ul></section>\n"
                + "<section aria-labelledby=\"licence-h\"><h2 id=\"licence-h\">Licence and citation</h2>\n"
                + "<p>The data and the ontology are licensed under <a rel=\"license\" href=\""
                + Html.escape(Publication.DATA_LICENCE) + "\">" + Html.escape(Publication.DATA_LICENCE_NAME)
                + "</a>; the code under the " + Html.escape(Publication.CODE_LICENCE_NAME) + ". Quotes from source "
                + "documents remain their authors'.</p>\n"
                + "<p>Cite the dataset by its title and IRI, a thing by its IRI, and the source of the fact:</p>\n"
                + "<blockquote class=\"cite\">" + Html.escape(Publication.TITLE) + ", <code>"
                + Html.escape(Publication.DATASET) + "</code> (CC BY 4.0).</blockquote>\n"
                + "<p>Every page gives the source, locator and verbatim quote of each fact; "
                + "<a href=\"/.well-known/void\">the VoID description</a> says the same in RDF.</p></section>\n";
        return Layout.page("Home", body);
    }

    private static String figure(long n, String what, String href) {
        return "<li><a href=\"" + href + "\"><strong>" + n + "</strong> " + Html.escape(what) + "</a></li>";
    }

    private static String entry(String href, String name, String what) {
        return "<li><a href=\"" + Html.escape(href) + "\">" + Html.escape(name) + "</a>: " + Html.escape(what) + "</li>";
    }
}
