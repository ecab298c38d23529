package org.cybernorms.cen.server.web;

/**
 * The frame of every HTML page: title, the one stylesheet, the navigation, the body given.
 * The stylesheet holds the linked-data pages' rules and, after them, the views' (results
 * beside their query, the verdict colours of the comparison, the SVG hover).
 */
public final class Layout {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:1.5rem auto;
            padding:0 1rem;line-height:1.45;color:#1b1b1b}
            nav a{margin-right:1rem}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}
            th{width:14rem;font-weight:600}
            .iri{color:#555;font-size:.9em;word-break:break-all}
            .inferred{background:#fff6d5}
            .badge{font-size:.75em;background:#b58900;color:#fff;border-radius:.25rem;padding:0 .3rem;margin-left:.3rem}
            .lit small{color:#666}
            blockquote{margin:.3rem 0 .8rem 0;padding-left:.8rem;border-left:3px solid #888;font-style:italic}
            section.term{border-top:1px solid #ccc;padding-top:.5rem;margin-top:1rem}
            footer{margin-top:2rem;font-size:.9em;color:#555}
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
            """;

    private Layout() {}

    /** A whole page; {@code title} is escaped here, {@code body} must already be HTML. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · CEN-KG</title><style>" + STYLE + "</style></head>\n<body>"
                + "<nav><a href=\"/\">SPARQL</a><a href=\"/ontology\">Ontology</a><a href=\"/queries\">Queries</a>"
                + "<a href=\"/compare\">Compare</a><a href=\"/matrix\">Doctrine matrix</a>"
                + "<a href=\"/conflicts\">Conflicts</a><a href=\"/search\">Search</a><a href=\"/try\">Try a case</a>"
                + "<a href=\"/dumps/\">Dumps</a></nav>\n"
                + body
                + "\n</body></html>\n";
    }
}
