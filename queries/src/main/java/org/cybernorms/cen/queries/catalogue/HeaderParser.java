package org.cybernorms.cen.queries.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cybernorms.cen.queries.CatalogueException;
import org.cybernorms.cen.queries.ParamType;
import org.cybernorms.cen.queries.QueryHeader;
import org.cybernorms.cen.queries.QueryParam;

/**
 * Reads the comment header that opens a catalogue query:
 *
 * <pre>
 * # title: Positions on a question
 * # question: Who has taken a position on this legal question ...
 * #   (a line opening with '#' and two spaces continues the field above)
 * # param: question (type: question) the legal question, by slug or IRI
 * # param: states (type: state; list; min: 2) the States to compare
 * # param: state (type: state; optional) only this State
 * # reading: how to read the answer
 * # example: question=countermeasures-prior-notification
 * </pre>
 *
 * The header ends at the first line that is not a comment. {@code title}, {@code question},
 * {@code reading} and {@code example} (which may be empty) are required, once each;
 * {@code param} may repeat. Anything else is an error naming the file and line.
 */
public final class HeaderParser {

    private static final Pattern FIELD = Pattern.compile("#\\s?([a-z]+):\\s*(.*)");
    private static final Pattern CONTINUATION = Pattern.compile("#\\s{2,}(\\S.*)");
    private static final Pattern PARAM = Pattern.compile("([a-z][a-zA-Z0-9]*)\\s+\\(([^)]*)\\)\\s+(\\S.*)");
    private static final Pattern MIN = Pattern.compile("min:\\s*([0-9]+)");
    private static final List<String> SINGLE = List.of("title", "question", "reading", "example");

    private HeaderParser() {}

    /** Parses the header of a query file's text; {@code file} names it in errors. */
    public static QueryHeader parse(String file, String text) {
        List<String[]> fields = fields(file, text);
        Map<String, String> single = new LinkedHashMap<>();
        List<QueryParam> params = new ArrayList<>();
        for (String[] field : fields) {
            String key = field[0];
            String value = field[1];
            if (key.equals("param")) {
                params.add(param(file, value));
            } else if (!SINGLE.contains(key)) {
                throw new CatalogueException(file, "unknown header field '" + key + "'");
            } else if (single.put(key, value) != null) {
                throw new CatalogueException(file, "header field '" + key + "' given twice");
            }
        }
        for (String key : SINGLE) {
            if (!single.containsKey(key) || (!key.equals("example") && single.get(key).isEmpty())) {
                throw new CatalogueException(file, "header field '" + key + "' is missing");
            }
        }
        return new QueryHeader(single.get("title"), single.get("question"), params, single.get("reading"),
                example(file, single.get("example")));
    }

    private static List<String[]> fields(String file, String text) {
        List<String[]> fields = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length && lines[i].startsWith("#"); i++) {
            String line = lines[i].stripTrailing();
            Matcher continuation = CONTINUATION.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (continuation.matches()) {
                if (fields.isEmpty()) {
                    throw new CatalogueException(file, "line " + (i + 1) + ": continuation before any field");
                }
                String[] last = fields.get(fields.size() - 1);
                last[1] = (last[1] + " " + continuation.group(1)).strip();
            } else if (field.matches()) {
                fields.add(new String[] {field.group(1), field.group(2).strip()});
            } else {
                throw new CatalogueException(file, "line " + (i + 1) + ": expected '# key: value' or a"
                        + " continuation ('#' and two spaces), found: " + line);
            }
        }
        return fields;
    }

    private static QueryParam param(String file, String value) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new CatalogueException(file, "param '" + value + "' is not 'name (type: T[; optional][; list][; min: N]) meaning'");
        }
        ParamType type = null;
        boolean optional = false;
        boolean list = false;
        int min = 1;
        for (String option : m.group(2).split(";")) {
            String o = option.strip();
            Matcher minMatch = MIN.matcher(o);
            if (o.startsWith("type:")) {
                try {
                    type = ParamType.fromHeaderName(o.substring("type:".length()).strip());
                } catch (IllegalArgumentException e) {
                    throw new CatalogueException(file, "param " + m.group(1) + ": " + e.getMessage());
                }
            } else if (o.equals("optional")) {
                optional = true;
            } else if (o.equals("list")) {
                list = true;
            } else if (minMatch.matches()) {
                min = Integer.parseInt(minMatch.group(1));
            } else {
                throw new CatalogueException(file, "param " + m.group(1) + ": unknown option '" + o + "'");
            }
        }
        if (type == null) {
            throw new CatalogueException(file, "param " + m.group(1) + " has no type");
        }
        if (!list && min != 1) {
            throw new CatalogueException(file, "param " + m.group(1) + ": min is for list parameters");
        }
        return new QueryParam(m.group(1), type, optional, list, min, m.group(3));
    }

    private static Map<String, String> example(String file, String value) {
        Map<String, String> example = new LinkedHashMap<>();
        if (value.isEmpty()) {
            return example;
        }
        for (String pair : value.split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CatalogueException(file, "example '" + pair + "' is not name=value");
            }
            example.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return example;
    }
}
