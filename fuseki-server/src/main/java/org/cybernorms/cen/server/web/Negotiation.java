package org.cybernorms.cen.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation, the same for every page, description and result the server offers
 * in more than one representation: the {@code format} parameter first (links in the pages
 * use it), else the Accept header; a client that sends no Accept header gets the first
 * offer.
 *
 * <p>The two refusals are told apart, as HTTP does: an unknown {@code ?format=} value is a
 * bad request parameter (400, {@code BAD_PARAMETER}, naming the values accepted), an
 * Accept header that matches no offer is 406 (naming the media types offered). An empty
 * {@code ?format=} counts as absent, as an empty form field would.
 *
 * @param <T> what the caller needs to write an offer (a Jena writer, a result format)
 */
public final class Negotiation<T> {

    /** The request parameter that names a representation. */
    public static final String FORMAT = "format";

    /**
     * One representation on offer.
     *
     * @param value what the caller writes it with; null for the HTML page, which it renders itself
     * @param mediaType its media type, without parameters
     * @param names the names {@code ?format=} takes for it, in lower case (matched ignoring case)
     */
    public record Offer<T>(T value, String mediaType, List<String> names) {

        public Offer {
            names = List.copyOf(names);
        }

        public static <T> Offer<T> of(T value, String mediaType, String... names) {
            return new Offer<>(value, mediaType, List.of(names));
        }

        /** The HTML page, {@code ?format=html}. */
        public static <T> Offer<T> html() {
            return new Offer<>(null, "text/html", List.of("html"));
        }

        public boolean isHtml() {
            return mediaType.equals("text/html");
        }
    }

    /**
     * What a request gets: an offer, or the status and one-line message of a refusal.
     *
     * @param offer the chosen offer, or null when refused
     * @param status 200, 400 or 406
     * @param message why it was refused, or null
     */
    public record Choice<T>(Offer<T> offer, int status, String message) {}

    private final List<Offer<T>> offers;
    private final AcceptList acceptList;

    /** @param offers in order of preference when a client is indifferent ({@code *}{@code /*}) */
    public Negotiation(List<Offer<T>> offers) {
        this.offers = List.copyOf(offers);
        this.acceptList = AcceptList.create(this.offers.stream().map(Offer::mediaType).toArray(String[]::new));
    }

    /** The offers, in order of preference. */
    public List<Offer<T>> offers() {
        return offers;
    }

    /**
     * Chooses, without writing anything.
     *
     * @param format the {@code format} parameter, or null
     * @param accept the Accept header, or null (anything)
     */
    public Choice<T> choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            for (Offer<T> offer : offers) {
                if (offer.names().contains(name)) {
                    return new Choice<>(offer, HttpServletResponse.SC_OK, null);
                }
            }
            return new Choice<>(null, HttpServletResponse.SC_BAD_REQUEST, "BAD_PARAMETER: parameter '" + FORMAT
                    + "': '" + format + "' is not one of " + names());
        }
        if (accept == null || accept.isBlank()) {
            return new Choice<>(offers.get(0), HttpServletResponse.SC_OK, null);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), acceptList);
        if (chosen != null) {
            for (Offer<T> offer : offers) {
                if (offer.mediaType().equals(chosen.getContentTypeStr())) {
                    return new Choice<>(offer, HttpServletResponse.SC_OK, null);
                }
            }
        }
        return new Choice<>(null, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable; offered as "
                + String.join(", ", offers.stream().map(Offer::mediaType).toList()) + ".");
    }

    /**
     * Chooses for a request; when nothing fits, answers it (400 or 406, see the class
     * comment) and returns empty. Either way the response is marked {@code Vary: Accept}.
     */
    public Optional<Offer<T>> negotiate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Choice<T> choice = choose(request.getParameter(FORMAT), request.getHeader("Accept"));
        if (choice.offer() == null) {
            // A 406 is plain text: the client accepts none of the offers (HTML among them, where offered).
            boolean html = choice.status() == HttpServletResponse.SC_BAD_REQUEST && Responses.wantsHtml(request);
            Responses.error(response, choice.status(), choice.message(), html);
        }
        return Optional.ofNullable(choice.offer());
    }

    /** Every name {@code ?format=} takes, in the order of the offers. */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        offers.forEach(o -> names.addAll(o.names()));
        return names;
    }
}
