package org.cybernorms.cen.server.tryout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.apache.jena.graph.Triple;
import org.cybernorms.cen.reasoner.Explainer;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;
import org.cybernorms.cen.server.web.NodeHtml;

/**
 * The pages of {@code /try}: the form (with the worked example or the case just tried),
 * and the answer: every conclusion about the case by section with its explanation and
 * quotes, or the errors with their lines. Everything from the case is escaped.
 */
final class TryPage {

    private TryPage() {}

    static String form(String caseText) {
        return Layout.page("Try a case", "<h1>Try a case</h1>" + intro() + formHtml(caseText, false));
    }

    static String answer(Trial trial, String caseText, boolean justify) {
        StringBuilder body = new StringBuilder("<h1>Your case</h1>");
        if (trial.failed()) {
            body.append("<section class=\"errors\"><h2>The case was not reasoned: ").append(Html.escape(trial.errorName()))
                    .append("</h2><ol>");
            for (CaseError error : trial.errors()) {
                body.append("<li>");
                if (error.line() > 0) {
                    body.append("<strong>line ").append(error.line());
                    if (error.column() > 0) {
                        body.append(", column ").append(error.column());
                    }
                    body.append("</strong>: ");
                }
                body.append("<span class=\"error\">").append(Html.escape(error.message())).append("</span></li>");
            }
            body.append("</ol><p>docs/errors.md explains each error name.</p></section>");
        } else {
            body.append("<p role=\"status\">").append(trial.conclusions().size())
                    .append(" conclusions follow with your case that do not follow without it (reasoned in ")
                    .append(String.format(Locale.ROOT, "%.0f ms", trial.time().toNanos() / 1e6))
                    .append("; the served data are unchanged). As <a href=\"#try-again\">Turtle or JSON-LD</a>: "
                            + "post the case with <code>Accept: text/turtle</code> or <code>application/ld+json</code>.</p>");
            if (trial.conclusions().isEmpty()) {
                body.append("<p>Nothing new follows: check the case against docs/modelling.md.</p>");
            }
            for (Conclusion.Section section : Conclusion.Section.values()) {
                List<Conclusion> in = trial.conclusions().stream().filter(c -> c.section() == section).toList();
                if (in.isEmpty()) {
                    continue;
                }
                body.append("<section class=\"query\"><h2>").append(Html.escape(section.heading)).append(" <small>(")
                        .append(in.size()).append(")</small></h2><ol>");
                in.forEach(c -> body.append(conclusion(c)));
                body.append("</ol></section>");
            }
            if (!trial.withdrawn().isEmpty()) {
                body.append("<section class=\"query\"><h2>No longer follows with your case</h2><ul>");
                trial.withdrawn().forEach(t -> body.append("<li>").append(triple(t)).append("</li>"));
                body.append("</ul></section>");
            }
        }
        body.append("<h2 id=\"try-again\">Try again</h2>").append(formHtml(caseText, justify));
        return Layout.page("Try a case: answer", body.toString());
    }

    private static String conclusion(Conclusion c) {
        StringBuilder li = new StringBuilder("<li><ul class=\"triples\">");
        c.triples().forEach(t -> li.append("<li>").append(triple(t)).append("</li>"));
        li.append("</ul>").append(explanation(c.explanation())).append("</li>");
        return li.toString();
    }

    private static String triple(Triple t) {
        return NodeHtml.render(t.getSubject(), n -> null) + " " + NodeHtml.render(t.getPredicate(), n -> null) + " "
                + NodeHtml.render(t.getObject(), n -> null);
    }

    private static String explanation(Explainer.Explanation e) {
        StringBuilder out = new StringBuilder("<details><summary>Why: ").append(switch (e.verdict()) {
            case ASSERTED -> "stated in the data";
            case INFERRED_BY_OWL -> "by the ontology";
            case INFERRED_BY_RULE -> "by a rule";
            case DOES_NOT_FOLLOW -> "does not follow";
        }).append("</summary><pre class=\"sparql\">");
        e.steps().forEach(step -> out.append(Html.escape(step)).append('\n'));
        out.append("</pre>");
        // A claim and its operation often cite the same words: each is shown once.
        Set<List<String>> shown = new HashSet<>();
        for (Explainer.Citation citation : e.citations()) {
            if (!shown.add(List.of(citation.source(), citation.locator(), citation.quote()))) {
                continue;
            }
            out.append("<p><small>").append(Html.escape(citation.source())).append(", ").append(Html.escape(citation.locator()))
                    .append("</small></p><blockquote>").append(Html.escape(citation.quote())).append("</blockquote>");
        }
        return out.append("</details>").toString();
    }

    private static String intro() {
        return "<p>Paste or upload a case in Turtle, written as <code>docs/modelling.md</code> says: operations, "
                + "claims of attribution, responses, positions, each fact cited. It is reasoned with the knowledge base "
                + "in a private copy and never enters the served data. The form starts from a worked example.</p>";
    }

    private static String formHtml(String caseText, boolean justify) {
        return "<form method=\"post\" action=\"/try\" enctype=\"multipart/form-data\">"
                + "<p><label for=\"case\">Your case (Turtle, at most 1 MB)</label><br>"
                + "<textarea id=\"case\" name=\"case\" rows=\"24\" cols=\"100\" spellcheck=\"false\">" + Html.escape(caseText)
                + "</textarea></p><p><label for=\"file\">or upload a .ttl file</label> "
                + "<input type=\"file\" id=\"file\" name=\"file\" accept=\".ttl,text/turtle\"></p>"
                + "<p><input type=\"checkbox\" id=\"justify\" name=\"justify\" value=\"true\"" + (justify ? " checked" : "")
                + "> <label for=\"justify\">justify the ontology's conclusions with HermiT (about a second each)</label></p>"
                + "<p><button type=\"submit\">Reason with the knowledge base</button></p></form>";
    }
}
