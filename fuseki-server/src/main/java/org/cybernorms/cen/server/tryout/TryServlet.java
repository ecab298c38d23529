package org.cybernorms.cen.server.tryout;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.publish.RdfOffers;
import org.cybernorms.cen.server.web.Negotiation;
import org.cybernorms.cen.server.web.Negotiation.Offer;
import org.cybernorms.cen.server.web.Responses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /try}: GET gives the form with the worked example; POST reasons the case given
 * ({@link CaseBody}) and answers the page, or the new conclusions as Turtle or JSON-LD.
 * Bounded: 413 past 1 MB, 503 when the limit of tries at once is reached or the server's
 * time limit passes. Errors in the case are 400 with their lines. Never cached.
 */
final class TryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TryServlet.class);

    static final Negotiation<RDFFormat> NEGOTIATION = new Negotiation<>(List.of(Offer.html(), RdfOffers.TURTLE,
            RdfOffers.JSON_LD));

    private final transient Supplier<TryBase> base;
    private final transient TryLimits limits;

    TryServlet(Supplier<TryBase> base, TryLimits limits) {
        this.base = base;
        this.limits = limits;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Responses.html(response, TryPage.form(example()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<Offer<RDFFormat>> offer = NEGOTIATION.negotiate(request, response);
        if (offer.isEmpty()) {
            return;
        }
        boolean html = offer.get().isHtml();
        byte[] turtle;
        boolean justify;
        try {
            turtle = CaseBody.read(request);
            justify = CaseBody.flag(request, "justify");
        } catch (CaseBody.TooLargeException e) {
            Responses.error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage(), html);
            return;
        } catch (CaseBody.MissingException e) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), html);
            return;
        }
        try {
            TryLimits.Outcome<Trial> outcome = limits.run(() -> CaseTrial.run(base.get(), turtle, html, justify));
            if (outcome.refusal() == TryLimits.Refusal.BUSY) {
                response.setHeader("Retry-After", "2");
                Responses.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Too many cases are being tried at once; try again in a moment.", html);
            } else if (outcome.refusal() == TryLimits.Refusal.TIMED_OUT) {
                Responses.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Reasoning the case ran past the server's time limit and was stopped.", html);
            } else {
                answer(response, offer.get(), outcome.value(), new String(turtle, StandardCharsets.UTF_8), justify);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Responses.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is stopping.", html);
        } catch (RuntimeException e) {
            LOG.error("/try failed", e);
            Responses.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "Internal error; the server's log has the details.", html);
        }
    }

    private static void answer(HttpServletResponse response, Offer<RDFFormat> offer, Trial trial, String caseText,
            boolean justify) throws IOException {
        if (offer.isHtml()) {
            String page = TryPage.answer(trial, caseText, justify);
            Responses.text(response, trial.failed() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK,
                    "text/html", page);
        } else if (trial.failed()) {
            List<String> lines = new ArrayList<>();
            trial.errors().forEach(e -> lines.add((e.line() > 0 && !e.message().startsWith(trial.errorName()) ? CaseTrial.CASE_NAME + ":" + e.line()
                    + (e.column() > 0 ? ":" + e.column() : "") + ": " : "") + e.message()));
            // A syntax error's message already names its name and place.
            String text = String.join("\n", lines);
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "text/plain",
                    (text.startsWith(trial.errorName()) ? text : trial.errorName() + ": " + text) + "\n");
        } else {
            Model model = ModelFactory.createModelForGraph(trial.inferred());
            model.setNsPrefix("cen", CEN.NS);
            model.setNsPrefix("cenid", CEN.ID);
            Responses.rdf(response, offer, model);
        }
    }

    private static String example() {
        try (InputStream in = TryServlet.class.getClassLoader().getResourceAsStream("tryout/example.ttl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
