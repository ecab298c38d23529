package org.cybernorms.cen.queries;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.cybernorms.cen.core.CEN;

/**
 * The kinds of value a catalogue query parameter takes, as named in the {@code # param:}
 * header ({@code type: state}). Each kind turns a user's text (a code, a slug or an IRI)
 * into an IRI node of the right kind, or rejects it.
 */
public enum ParamType {

    /** A State: an ISO 3166-1 alpha-3 code ({@code DNK}), a hypothetical State's slug, or its IRI. */
    STATE("an ISO 3166-1 alpha-3 code (DNK), a hypothetical State's slug or a State IRI") {
        @Override
        Node parseValue(String value) {
            if (ISO.matcher(value).matches()) {
                return CEN.state(value).asNode();
            }
            return under("state/", value, false);
        }
    },
    /** A legal question: its slug or its IRI. */
    QUESTION("a question slug (countermeasures-prior-notification) or a question IRI") {
        @Override
        Node parseValue(String value) {
            return under("question/", value, false);
        }
    },
    /** An answer: {@code question-slug/answer-slug} or its IRI. */
    ANSWER("question-slug/answer-slug (collective-countermeasures/permitted) or an answer IRI") {
        @Override
        Node parseValue(String value) {
            Node node = under("question/", value, true);
            String path = node.getURI().substring((CEN.ID + "question/").length());
            if (path.split("/").length != 2) {
                throw new IllegalArgumentException("an answer has two parts, question-slug/answer-slug");
            }
            return node;
        }
    },
    /** A cyber operation (or a part of a campaign): its slug path or its IRI. */
    OPERATION("an operation slug (dnc-2016, rightscon-2021-scenario-3/leaked-campaign-emails) or an operation IRI") {
        @Override
        Node parseValue(String value) {
            return under("operation/", value, true);
        }
    },
    /** A kind of electoral infrastructure: balloting, verifying or informing, or a class IRI. */
    INFRASTRUCTURE("balloting, verifying, informing or the IRI of an infrastructure class") {
        @Override
        Node parseValue(String value) {
            String local = switch (value.toLowerCase(Locale.ROOT)) {
                case "balloting" -> "BallotingSystem";
                case "verifying" -> "VerifyingSystem";
                case "informing" -> "InformingSystem";
                default -> null;
            };
            if (local != null) {
                return NodeFactory.createURI(CEN.NS + local);
            }
            Node node = anyIri(expand(value));
            if (!CEN.isTerm(node.getURI())) {
                throw new IllegalArgumentException("not a kind of infrastructure");
            }
            return node;
        }
    },
    /** Any resource: an absolute IRI, or {@code cenid:PATH} / {@code cen:Term} for short. */
    IRI("an absolute IRI, or cenid:PATH or cen:Term for short") {
        @Override
        Node parseValue(String value) {
            return anyIri(expand(value));
        }
    };

    private static final Pattern ISO = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern ISO_IRI = Pattern.compile("[A-Z]{3}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SLUG_PATH = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

    private final String expected;

    ParamType(String expected) {
        this.expected = expected;
    }

    /** What a value of this kind looks like, for messages and documentation. */
    public String expected() {
        return expected;
    }

    /** The name used in {@code # param:} headers, e.g. {@code state}. */
    public String headerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named in a header, e.g. {@code "question"}. */
    public static ParamType fromHeaderName(String name) {
        for (ParamType type : values()) {
            if (type.headerName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown parameter type '" + name + "'");
    }

    /**
     * The IRI node for a user's value.
     *
     * @throws IllegalArgumentException saying what is wrong with the value
     */
    public Node parse(String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the value is empty");
        }
        return parseValue(trimmed);
    }

    abstract Node parseValue(String value);

    /** A value under {@code cenid:<kind>}: a slug (or slug path) or the full IRI. */
    private static Node under(String kind, String value, boolean pathAllowed) {
        String base = CEN.ID + kind;
        String rest = value.startsWith(base) ? value.substring(base.length())
                : value.startsWith("cenid:" + kind) ? value.substring(("cenid:" + kind).length())
                : value;
        if (value.equals(rest) && value.contains(":")) {
            throw new IllegalArgumentException("not an IRI under " + base);
        }
        boolean ok = pathAllowed ? SLUG_PATH.matcher(rest).matches() : SLUG.matcher(rest).matches()
                || (kind.equals("state/") && ISO_IRI.matcher(rest).matches());
        if (!ok) {
            throw new IllegalArgumentException("'" + rest + "' is not a lower-case kebab-case slug");
        }
        return anyIri(base + rest);
    }

    private static String expand(String value) {
        if (value.startsWith("cenid:")) {
            return CEN.ID + value.substring("cenid:".length());
        }
        if (value.startsWith("cen:")) {
            return CEN.NS + value.substring("cen:".length());
        }
        return value;
    }

    private static Node anyIri(String value) {
        try {
            IRIx iri = IRIx.create(value);
            // isReference: a scheme, fragment allowed (isAbsolute would refuse cen:'s '#').
            if (!iri.isReference() || iri.hasViolations()) {
                throw new IllegalArgumentException("not an absolute IRI");
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw new IllegalArgumentException("not an IRI (" + e.getMessage() + ")");
        }
    }
}
