package org.cybernorms.cen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cybernorms.cen.server.web.Negotiation.Choice;
import org.cybernorms.cen.server.web.Negotiation.Offer;
import org.junit.jupiter.api.Test;

/** One negotiation for every representation: ?format= first, then Accept; 400 and 406 told apart. */
class NegotiationTest {

    private static final Offer<String> TURTLE = Offer.of("turtle-writer", "text/turtle", "ttl", "turtle");
    private static final Offer<String> HTML = Offer.html();
    private static final Offer<String> CSV = Offer.of("csv-writer", "text/csv", "csv");
    private static final Negotiation<String> NEGOTIATION = new Negotiation<>(List.of(TURTLE, HTML, CSV));

    @Test
    void theFormatParameterWinsOverAcceptAndTakesAnyNameInAnyCase() {
        assertThat(NEGOTIATION.choose("csv", "text/html").offer()).isEqualTo(CSV);
        assertThat(NEGOTIATION.choose(" TTL ", null).offer()).isEqualTo(TURTLE);
        assertThat(NEGOTIATION.choose("turtle", null).offer()).isEqualTo(TURTLE);
        assertThat(NEGOTIATION.choose("html", null).offer().isHtml()).isTrue();
    }

    @Test
    void anUnknownFormatIsABadParameterNamingTheValuesAccepted() {
        Choice<String> choice = NEGOTIATION.choose("xml", "text/html");
        assertThat(choice.offer()).isNull();
        assertThat(choice.status()).isEqualTo(400);
        assertThat(choice.message()).isEqualTo("BAD_PARAMETER: parameter 'format': 'xml' is not one of "
                + "[ttl, turtle, html, csv]");
    }

    @Test
    void anEmptyFormatIsIgnored() {
        assertThat(NEGOTIATION.choose("", "text/csv").offer()).isEqualTo(CSV);
        assertThat(NEGOTIATION.choose("  ", null).offer()).isEqualTo(TURTLE);
    }

    @Test
    void withoutAPreferenceTheFirstOfferIsSent() {
        assertThat(NEGOTIATION.choose(null, null).offer()).isEqualTo(TURTLE);
        assertThat(NEGOTIATION.choose(null, " ").offer()).isEqualTo(TURTLE);
        assertThat(NEGOTIATION.choose(null, "*/*").offer()).isEqualTo(TURTLE);
    }

    @Test
    void theAcceptHeaderChoosesByQuality() {
        assertThat(NEGOTIATION.choose(null, "text/html,application/xhtml+xml,*/*;q=0.8").offer()).isEqualTo(HTML);
        assertThat(NEGOTIATION.choose(null, "text/turtle;q=0.5, text/csv").offer()).isEqualTo(CSV);
        assertThat(NEGOTIATION.choose(null, "text/*;q=0.1, text/csv;q=0.9").offer()).isEqualTo(CSV);
    }

    @Test
    void anAcceptHeaderThatMatchesNothingIsNotAcceptableListingTheTypes() {
        Choice<String> choice = NEGOTIATION.choose(null, "image/png");
        assertThat(choice.offer()).isNull();
        assertThat(choice.status()).isEqualTo(406);
        assertThat(choice.message()).isEqualTo("Not acceptable; offered as text/turtle, text/html, text/csv.");
    }
}
