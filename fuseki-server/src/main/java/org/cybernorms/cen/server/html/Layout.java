package org.cybernorms.cen.server.html;

/** The frame of every HTML page: title, a little CSS, the navigation, the body given. */
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
            """;

    private Layout() {}

    /** A whole page; {@code title} is escaped here, {@code body} must already be HTML. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · CEN-KG</title><style>" + STYLE + "</style></head>\n<body>"
                + "<nav><a href=\"/\">SPARQL</a><a href=\"/ontology\">Ontology</a><a href=\"/queries\">Queries</a>"
                + "<a href=\"/compare\">Compare</a><a href=\"/matrix\">Doctrine matrix</a>"
                + "<a href=\"/conflicts\">Conflicts</a><a href=\"/dumps/\">Dumps</a></nav>\n"
                + body
                + "\n</body></html>\n";
    }
}
