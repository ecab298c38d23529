package org.cybernorms.cen.queries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.cybernorms.cen.core.ClasspathResources;
import org.cybernorms.cen.queries.catalogue.HeaderParser;
import org.cybernorms.cen.queries.catalogue.ValuesBlocks;

/**
 * The named SPARQL queries shipped under {@code queries/} on the class path, one
 * {@code .rq} file each, with their headers. Loading checks every file: the header is well
 * formed, the query parses and is a SELECT, and each declared parameter has at least one
 * {@code VALUES ?name { }} block while every such block belongs to a declared parameter.
 * Immutable once loaded.
 */
public final class QueryCatalogue {

    /** The class-path folder holding the {@code .rq} files. */
    public static final String FOLDER = "queries";

    private static final Pattern EMPTY_VALUES = Pattern.compile("VALUES\\s+\\?([A-Za-z0-9_]+)\\s*\\{\\s*\\}");

    private final Map<String, CatalogueQuery> queries;

    private QueryCatalogue(Map<String, CatalogueQuery> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** The catalogue shipped with CEN-KG. */
    public static QueryCatalogue load() {
        Map<String, CatalogueQuery> queries = new LinkedHashMap<>();
        for (String resource : ClasspathResources.list(FOLDER, ".rq")) {
            String name = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".rq".length());
            queries.put(name, parse(name, resource, ClasspathResources.read(resource)));
        }
        return new QueryCatalogue(queries);
    }

    /** Parses one query file; {@code file} names it in errors. */
    public static CatalogueQuery parse(String name, String file, String text) {
        QueryHeader header = HeaderParser.parse(file, text);
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new CatalogueException(file, "SPARQL does not parse: " + e.getMessage(), e);
        }
        if (!query.isSelectType()) {
            throw new CatalogueException(file, "a catalogue query is a SELECT query");
        }
        checkSlots(file, header, text, query);
        return new CatalogueQuery(name, header, text, query);
    }

    /** The queries, sorted by name. */
    public List<CatalogueQuery> list() {
        return new ArrayList<>(queries.values());
    }

    /** The names of the queries, sorted. */
    public List<String> names() {
        return new ArrayList<>(queries.keySet());
    }

    /** The query of that name, or {@link UnknownQueryException}. */
    public CatalogueQuery get(String name) {
        CatalogueQuery query = queries.get(name);
        if (query == null) {
            throw new UnknownQueryException(name, queries.keySet());
        }
        return query;
    }

    private static void checkSlots(String file, QueryHeader header, String text, Query query) {
        Map<String, Integer> inTree = ValuesBlocks.count(query);
        Map<String, Integer> inText = new LinkedHashMap<>();
        Matcher m = EMPTY_VALUES.matcher(text);
        while (m.find()) {
            inText.merge(m.group(1), 1, Integer::sum);
        }
        if (!inTree.equals(inText)) {
            // A block the syntax walker cannot reach (inside FILTER EXISTS, say) would stay empty.
            throw new CatalogueException(file, "VALUES blocks in the text " + inText
                    + " differ from those the binder can fill " + inTree);
        }
        for (QueryParam param : header.params()) {
            if (!inTree.containsKey(param.name())) {
                throw new CatalogueException(file, "param " + param.name() + " has no 'VALUES ?" + param.name() + " { }' block");
            }
        }
        for (String var : inTree.keySet()) {
            if (header.param(var).isEmpty()) {
                throw new CatalogueException(file, "'VALUES ?" + var + " { }' is not a declared param");
            }
        }
    }
}
