package org.cybernorms.cen.server.fuseki;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.lang.arq.javacc.TokenMgrError;

/**
 * Fuseki's SPARQL query operation, refusing with 403 any query that holds a
 * {@code SERVICE} clause (also inside sub-queries and {@code EXISTS}) before it runs, so
 * the server never calls out on a client's behalf, unless SERVICE is allowed; the ARQ
 * context refuses it as well, as a second line.
 *
 * <p>It also answers 400, never 500, to two malformed requests that Fuseki 5.6 turns into
 * a 500: a query whose parse error quotes a character outside ISO-8859-1 (Fuseki writes
 * error messages with {@code ServletOutputStream.print}, which cannot encode it), and a
 * form body that is not valid URL encoding. The parse message is sent with such characters
 * written as {@code \\uXXXX}.
 */
public final class ServiceGuardQuery extends SPARQL_QueryDataset {

    private final boolean allowService;

    /** Refuses SERVICE. */
    public ServiceGuardQuery() {
        this(false);
    }

    /** Refuses SERVICE unless allowed; malformed requests are 400 either way. */
    public ServiceGuardQuery(boolean allowService) {
        this.allowService = allowService;
    }

    @Override
    public void validate(HttpAction action) {
        try {
            super.validate(action);
        } catch (org.eclipse.jetty.http.BadMessageException e) {
            ServletOps.errorBadRequest("Bad request: the form content cannot be read (not valid URL encoding)");
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        // Fuseki parses the query (once: parsing costs as much as running a small query);
        // only its error messages are made safe to send here.
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            String message = e.getMessage();
            if (message == null || asciiOnly(message).equals(message)) {
                throw e;
            }
            throw new ActionErrorException(e.getRC(), asciiOnly(message), e.getCause());
        } catch (TokenMgrError e) {
            // The ARQ lexer throws an Error for some input, which Fuseki would answer with 500.
            ServletOps.errorBadRequest(asciiOnly("Parse error: " + e.getMessage()));
        }
    }

    static final String MESSAGE = "SERVICE is disabled on this server: it does not call other endpoints "
            + "on a client's behalf. Start it with --allow-service to allow federated queries.";

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!allowService && hasService(query)) {
            ServletOps.errorForbidden(MESSAGE);
        }
    }

    /** The text with every character outside printable ASCII (but newline) written as a Java escape. */
    static String asciiOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c == '\n' || (c >= 0x20 && c < 0x7f)) {
                out.append((char) c);
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return out.toString();
    }

    /** True when the query calls a SERVICE anywhere. */
    public static boolean hasService(Query query) {
        Op op = Algebra.compile(query);
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
