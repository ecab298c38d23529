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
            nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding-bottom:.4rem;border-bottom:1px solid #ddd}
            a{color:#0645ad}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}
            th{width:14rem;font-weight:600}
            .iri{color:#555;font-size:.9em;word-break:break-all}
            .inferred{background:#fff6d5}
            .badge{font-size:.75em;background:#7a5500;color:#fff;border-radius:.25rem;padding:0 .3rem;margin-left:.3rem}
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
            section.profile{margin-top:1.5rem}
            .quote blockquote{margin:.2rem 0}
            .quote small,.none,.kind{color:#555}
            .source-kind{font-size:.8em;border-radius:.2rem;padding:0 .3rem;margin-right:.2rem;color:#fff}
            .source-kind.own{background:#1d6b33} .source-kind.report{background:#5a5a5a}
            ol.timeline li{margin:.2rem 0} .date{font-variant-numeric:tabular-nums;font-weight:600}
            tr.superseded{color:#666}
            figure.map{margin:0} svg.worldmap{width:100%;height:auto;display:block}
            svg.worldmap a:hover path,svg.worldmap a:focus path{stroke:#000;stroke-width:1.2}
            .swatch{display:inline-block;width:1rem;height:.8rem;margin-right:.3rem;border:1px solid #999;vertical-align:middle}
            ul.map-legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.4rem 0}
            ul.answers{list-style:none;padding:0}
            ul.figures{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
            ul.figures strong{font-size:1.6em;display:block}
            p.lead{font-size:1.1em}
            table.list th,table.positions th,table.holders th,table.claims th,table.verdicts th,table.assessments th,
            table.agreements th,table.operations th,table.responses th,table.conflicts th{width:auto}
            ul.explanation{margin:0;padding-left:1rem}
            """;

    private Layout() {}

    /** A whole page; {@code title} is escaped here, {@code body} must already be HTML. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · CEN-KG</title><style>" + STYLE + "</style></head>\n<body>"
                + "<nav aria-label=\"Site\"><a href=\"/\">CEN-KG</a><a href=\"/states\">States</a>"
                + "<a href=\"/questions\">Questions</a><a href=\"/norms\">Norms</a><a href=\"/cases\">Cases</a>"
                + "<a href=\"/compare\">Compare</a><a href=\"/matrix\">Doctrine matrix</a>"
                + "<a href=\"/conflicts\">Conflicts</a><a href=\"/search\">Search</a><a href=\"/try\">Try a case</a>"
                + "<a href=\"/sparql-editor/#/dataset/cen/query\">SPARQL</a><a href=\"/queries\">Queries</a>"
                + "<a href=\"/ontology\">Ontology</a><a href=\"/dumps/\">Dumps</a></nav>\n<main>"
                + body
                + "\n</main></body></html>\n";
    }
}
