package org.cybernorms.cen.server.profiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.views.Svg;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Links;

/**
 * A question's world map, drawn on the server: each country coloured by the answer its
 * State gives (the States' current positions), grey where no position is recorded, dark
 * where the State holds several answers at once; each country named (its {@code <title>}:
 * the State and its answer) and linked to the State's page. The outlines come from
 * {@link WorldAtlas}, projected once; only the colours are chosen per page.
 */
final class WorldMap {

    static final String NO_POSITION = "#e4e4e4";
    static final String SEVERAL = "#444444";

    private WorldMap() {}

    /** The colour of each answer of the question: the project's palette, answers in IRI order. */
    static Map<Node, String> colours(Facts facts, Node question) {
        List<Node> answers = new ArrayList<>(facts.objects(question, CEN.hasAnswer));
        answers.sort(java.util.Comparator.comparing(Node::getURI));
        Map<Node, String> colours = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            colours.put(answers.get(i), Svg.PALETTE[i % Svg.PALETTE.length]);
        }
        return colours;
    }

    /** The map and its legend, as HTML. */
    static String draw(Facts facts, Node question, List<PositionView> current, Map<Node, String> colours,
            Map<String, Node> statesByIso) {
        Map<Node, Set<Node>> answersOf = new HashMap<>();
        for (PositionView p : current) {
            answersOf.computeIfAbsent(p.holder(), h -> new LinkedHashSet<>()).add(p.answer());
        }
        WorldAtlas atlas = WorldAtlas.get();
        Map<String, Integer> counts = new LinkedHashMap<>();
        String questionName = facts.label(question);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"worldmap\" viewBox=\"0 0 ")
                .append(Svg.num(WorldAtlas.WIDTH)).append(' ').append(Svg.num(atlas.height()))
                .append("\" role=\"group\" aria-label=\"World map of the States' answers to ")
                .append(Html.escape(questionName)).append("\">")
                .append("<path class=\"sea\" d=\"").append(atlas.frame()).append("\" fill=\"#eaf2f8\" stroke=\"#b8c7d3\"/>");
        for (WorldAtlas.Country country : atlas.countries()) {
            Node state = country.alpha3() == null ? null : statesByIso.get(country.alpha3());
            Set<Node> answers = state == null ? Set.of() : answersOf.getOrDefault(state, Set.of());
            String name = state != null ? facts.label(state) : country.name();
            String fill;
            String said;
            if (answers.isEmpty()) {
                fill = NO_POSITION;
                said = "no position recorded";
                counts.merge("none", 1, Integer::sum);
            } else if (answers.size() == 1) {
                Node answer = answers.iterator().next();
                fill = colours.getOrDefault(answer, SEVERAL);
                said = facts.label(answer);
            } else {
                fill = SEVERAL;
                List<String> labels = answers.stream().map(facts::label).toList();
                said = "several answers: " + String.join(", ", labels);
                counts.merge("several", 1, Integer::sum);
            }
            String title = name + ": " + said;
            String path = "<path d=\"" + country.path() + "\" fill=\"" + fill + "\" stroke=\"#ffffff\" stroke-width=\"0.5\""
                    + (country.alpha3() == null ? "" : " data-iso=\"" + country.alpha3() + "\"") + "><title>"
                    + Html.escape(title) + "</title></path>";
            if (!answers.isEmpty()) {
                // A marker too: many States that hold positions are too small to see at this scale.
                path += "<circle class=\"marker\" cx=\"" + Svg.num(country.markerX()) + "\" cy=\"" + Svg.num(country.markerY())
                        + "\" r=\"5\" fill=\"" + fill + "\" stroke=\"#222222\" stroke-width=\"1\"/>";
            }
            if (state != null) {
                String href = Html.escape(Links.href(state.getURI()));
                svg.append("<a href=\"").append(href).append("\" aria-label=\"").append(Html.escape(title)).append("\">")
                        .append(path).append("</a>");
            } else {
                svg.append(path);
            }
        }
        svg.append("</svg>");
        // States too small for the 1:110m outlines (Singapore) are named under the map.
        Set<String> drawn = new java.util.HashSet<>();
        atlas.countries().forEach(c -> drawn.add(c.alpha3()));
        List<String> undrawn = new ArrayList<>();
        for (Map.Entry<String, Node> e : new java.util.TreeMap<>(statesByIso).entrySet()) {
            if (!drawn.contains(e.getKey()) && answersOf.containsKey(e.getValue())) {
                undrawn.add(Fragments.link(facts, e.getValue()) + " ("
                        + String.join(", ", answersOf.get(e.getValue()).stream().map(a -> Html.escape(facts.label(a))).toList()) + ")");
            }
        }

        StringBuilder legend = new StringBuilder("<ul class=\"legend map-legend\" aria-label=\"Legend\">");
        for (Map.Entry<Node, String> e : colours.entrySet()) {
            long n = answersOf.values().stream().filter(a -> a.size() == 1 && a.contains(e.getKey())).count();
            legend.append(swatch(e.getValue(), facts.label(e.getKey()) + " (" + n + ")"));
        }
        if (counts.containsKey("several")) {
            legend.append(swatch(SEVERAL, "several answers (" + counts.get("several") + ")"));
        }
        legend.append(swatch(NO_POSITION, "no position recorded")).append("</ul>");
        String small = undrawn.isEmpty() ? "" : "<p class=\"undrawn\">Too small to draw at this scale: "
                + String.join("; ", undrawn) + ".</p>";
        return "<figure class=\"map\">" + svg + "<figcaption>" + legend + small
                + "<small>Countries: Natural Earth 1:110m (public domain) through world-atlas 2.0.2; "
                + "States by ISO 3166-1 code. Holders that are not States are listed in the table below.</small>"
                + "</figcaption></figure>\n";
    }

    private static String swatch(String colour, String text) {
        return "<li><span class=\"swatch\" style=\"background:" + colour + "\"></span>" + Html.escape(text) + "</li>";
    }
}
