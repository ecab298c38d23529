package org.cybernorms.cen.server.views;

import java.util.Locale;
import org.cybernorms.cen.server.web.Html;

/** Small pieces of inline SVG: numbers written the same in every locale, links, tooltips. */
public final class Svg {

    /** Distinct colours that stay apart for colour-blind readers (Okabe and Ito). */
    public static final String[] PALETTE = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"};

    private Svg() {}

    public static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A link around SVG content; {@code href} is escaped here. */
    static String link(String href, String content) {
        String h = Html.escape(href);
        return "<a href=\"" + h + "\" xlink:href=\"" + h + "\">" + content + "</a>";
    }

    /** A tooltip, escaped. */
    static String title(String text) {
        return "<title>" + Html.escape(text) + "</title>";
    }

    /** The text, cut to {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    static String open(double width, double height, String cssClass, String label) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" class=\""
                + cssClass + "\" width=\"" + num(width) + "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width)
                + " " + num(height) + "\" style=\"max-width:100%;height:auto\" role=\"img\" aria-label=\"" + Html.escape(label)
                + "\" font-family=\"system-ui,sans-serif\" font-size=\"12\">";
    }
}
