package org.cybernorms.cen.server.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;
import org.cybernorms.cen.server.web.Links;

/**
 * The search page: the form, then the things found grouped by kind (the group with the
 * best match first), each linked to its page with the text that matched. Everything from
 * the data is escaped.
 */
final class SearchPage {

    private SearchPage() {}

    /** The page for a query and its hits; {@code query} null shows the form alone. */
    static String render(String query, List<SearchHit> hits) {
        StringBuilder body = new StringBuilder("<h1>Search</h1>");
        body.append(form(query));
        if (query != null) {
            body.append("<p role=\"status\">").append(hits.size()).append(hits.size() == 1 ? " thing" : " things")
                    .append(" found for <q>").append(Html.escape(query)).append("</q>.</p>");
            groups(hits).forEach((kind, group) -> {
                body.append("<section class=\"search-group\" id=\"kind-").append(kind.id()).append("\"><h2>")
                        .append(Html.escape(kind.heading)).append(" <small>(").append(group.size()).append(")</small></h2><ol>");
                group.forEach(hit -> body.append(item(hit)));
                body.append("</ol></section>");
            });
        }
        body.append(help());
        return Layout.page(query == null ? "Search" : "Search: " + query, body.toString());
    }

    static String form(String query) {
        return "<form method=\"get\" action=\"/search\" role=\"search\"><label for=\"q\">Words to find in labels, "
                + "quotes, qualifications and norm texts</label><br><input type=\"search\" id=\"q\" name=\"q\" size=\"50\" maxlength=\""
                + SearchQuery.MAX_LENGTH + "\" value=\"" + Html.escape(query == null ? "" : query)
                + "\" required> <button type=\"submit\">Search</button></form>";
    }

    private static String item(SearchHit hit) {
        StringBuilder li = new StringBuilder("<li><a href=\"").append(Html.escape(Links.href(hit.iri()))).append("\">")
                .append(Html.escape(hit.label())).append("</a>");
        if (!hit.matched().isEmpty() && !hit.matched().equals(hit.label())) {
            li.append("<br><small>").append(Html.escape(hit.field())).append(":</small> ");
            String text = hit.matched().length() > 300 ? hit.matched().substring(0, 300) + "…" : hit.matched();
            li.append(hit.field().equals("cen:quote") ? "<q>" + Html.escape(text) + "</q>" : Html.escape(text));
        }
        return li.append("</li>").toString();
    }

    /** The hits by kind, the kind of the best hit first (hits come best first). */
    static Map<Kind, List<SearchHit>> groups(List<SearchHit> hits) {
        Map<Kind, List<SearchHit>> groups = new LinkedHashMap<>();
        hits.forEach(hit -> groups.computeIfAbsent(hit.kind(), k -> new java.util.ArrayList<>()).add(hit));
        return groups;
    }

    private static String help() {
        return "<details><summary>How to search</summary><p>Words find any of them, best matches first; "
                + "<code>\"a phrase\"</code> finds the words together; <code>+word</code> requires a word, "
                + "<code>-word</code> excludes it; <code>interfer*</code> finds words that begin so. The same index "
                + "answers SPARQL at <a href=\"/cen/sparql\">/cen/sparql</a> through <code>text:query</code> "
                + "(docs/linked-data.md).</p></details>";
    }
}
