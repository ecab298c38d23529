package org.cybernorms.cen.server.views;

import org.cybernorms.cen.server.html.Layout;

/** The researcher's views in the site's frame, with the colours of their verdicts. */
final class ViewLayout {

    private static final String STYLE = """
            <style>
            .side{display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap}
            .side>.result{flex:3 1 30rem;overflow-x:auto}
            .side>aside{flex:1 1 18rem}
            pre.sparql{background:#f6f6f6;padding:.5rem;font-size:.8em;white-space:pre-wrap;word-break:break-word}
            table.result th{width:auto}
            table.compare th{width:auto}
            td.agree{background:#d8f0d8} td.conflict{background:#f6c9c9} td.silent{background:#eeeeee;color:#666}
            td.compatible{background:#fff1bf} td.answered{background:#dde8f6}
            .legend span{display:inline-block;padding:0 .4rem;margin-right:.4rem;border-radius:.2rem}
            details summary{cursor:pointer;color:#0645ad;font-size:.9em}
            section.query{border-top:1px solid #ccc;padding-top:.5rem;margin-top:1rem}
            svg a:hover rect,svg a:hover circle{stroke:#000;stroke-width:2}
            </style>
            """;

    private ViewLayout() {}

    /** A page; {@code title} is escaped, {@code body} must already be HTML. */
    static String page(String title, String body) {
        return Layout.page(title, STYLE + body);
    }
}
