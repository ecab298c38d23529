package org.cybernorms.cen.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.cybernorms.cen.core.CenNames;

/**
 * Renders the generated part of data/README.md from the knowledge base: the figures, the
 * holders × questions table, each holder's own documents and every position with its
 * answer, date and quotes. Generated so that the README can never drift from the data.
 */
final class DataReadme {

    static final String MARKER = "<!-- Generated from the data by DataReadmeTest; do not edit below. "
            + "Regenerate: ./mvnw -B -o -q clean verify -pl data -am -Dreadme.update=true -->";

    private static final String PREFIXES = """
            PREFIX cen:  <https://w3id.org/cyber-election-norms/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;

    private final Model kb;

    DataReadme(Model kb) {
        this.kb = kb;
    }

    String render() {
        StringBuilder out = new StringBuilder(MARKER).append("\n\n");
        figures(out);
        coverage(out);
        documents(out);
        positions(out);
        return out.toString();
    }

    private void figures(StringBuilder out) {
        out.append("## Figures\n\n");
        out.append("| what | count |\n| --- | --- |\n");
        row(out, "real States holding a position", count("""
                SELECT (COUNT(DISTINCT ?h) AS ?n) WHERE { ?p a cen:Position ; cen:heldBy ?h . ?h cen:isoCode ?c }"""));
        row(out, "holders of positions (States, bodies, scholars, scenario States)", count("""
                SELECT (COUNT(DISTINCT ?h) AS ?n) WHERE { ?p a cen:Position ; cen:heldBy ?h }"""));
        row(out, "positions", count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a cen:Position }"));
        row(out, "positions citing their holder's own document", count("""
                SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
                  ?p a cen:Position ; cen:heldBy ?h ; prov:wasDerivedFrom/dct:source/cen:issuedBy ?h }"""));
        row(out, "documents issued by a holder of positions", count("""
                SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s cen:issuedBy ?h . ?p cen:heldBy ?h }"""));
        row(out, "sources", count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a cen:Source }"));
        row(out, "citations", count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cen:Citation }"));
        out.append("\n");
    }

    private void coverage(StringBuilder out) {
        List<String> questions = new ArrayList<>();
        select("SELECT ?q WHERE { ?q a cen:LegalQuestion } ORDER BY ?q", row -> questions.add(slug(row, "q", "question/")));
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        select("""
                SELECT ?h ?q ?a WHERE {
                  ?p a cen:Position ; cen:heldBy ?h ; cen:answer ?a . ?q cen:hasAnswer ?a .
                  FILTER NOT EXISTS { ?later cen:supersedes ?p }
                  OPTIONAL { ?h rdfs:label ?label }
                  BIND (IF(EXISTS { ?h cen:isoCode ?c }, 0, 1) AS ?kind)
                } ORDER BY ?kind ?label ?h ?q""", row -> {
            String answer = row.getResource("a").getURI();
            cells.computeIfAbsent(holder(row), h -> new TreeMap<>())
                    .merge(slug(row, "q", "question/"), answer.substring(answer.lastIndexOf('/') + 1), (x, y) -> x + ", " + y);
        });
        out.append("## Coverage: holders × questions\n\n");
        out.append("Each cell is the holder's current answer (a superseded position is listed below, not here); ")
                .append("empty means no position of that holder on that question is recorded. Columns:\n\n");
        for (int i = 0; i < questions.size(); i++) {
            out.append("- `Q").append(i + 1).append("` = `question/").append(questions.get(i)).append("`\n");
        }
        out.append("\n| holder |");
        for (int i = 0; i < questions.size(); i++) {
            out.append(" Q").append(i + 1).append(" |");
        }
        out.append("\n| --- |").append(" --- |".repeat(questions.size())).append("\n");
        cells.forEach((holder, answers) -> {
            out.append("| ").append(holder).append(" |");
            questions.forEach(q -> out.append(" ").append(answers.getOrDefault(q, "")).append(" |"));
            out.append("\n");
        });
        out.append("\n");
    }

    private void documents(StringBuilder out) {
        out.append("## Each holder's own documents\n\n");
        select("""
                SELECT DISTINCT ?h ?label ?s ?title ?date ?page WHERE {
                  ?s cen:issuedBy ?h . ?p cen:heldBy ?h .
                  OPTIONAL { ?h rdfs:label ?label }
                  OPTIONAL { ?s dct:title ?title }
                  OPTIONAL { ?s dct:date ?date }
                  OPTIONAL { ?s foaf:page ?page }
                } ORDER BY ?label ?h ?date ?s""", row -> out.append("- ").append(holder(row)).append(": ")
                .append(text(row, "title")).append(" (").append(text(row, "date").isEmpty() ? "undated" : text(row, "date"))
                .append(")").append(row.contains("page") ? " <" + row.getResource("page").getURI() + ">" : "")
                .append(" `").append(CenNames.compact(row.getResource("s").getURI())).append("`\n"));
        out.append("\n");
    }

    private void positions(StringBuilder out) {
        out.append("## Every position and the words it rests on\n\n");
        out.append("Per position: the answer, the date the holder said it, whether it cites the holder's own ")
                .append("document, the position it supersedes, the qualification and each quote with its source and locator.\n\n");
        select("""
                SELECT ?p ?h ?label ?a ?date ?own ?older ?qualification WHERE {
                  ?p a cen:Position ; cen:heldBy ?h ; cen:answer ?a .
                  OPTIONAL { ?h rdfs:label ?label }
                  OPTIONAL { ?p dct:date ?date }
                  OPTIONAL { ?p cen:supersedes ?older }
                  OPTIONAL { ?p cen:qualification ?qualification }
                  BIND (EXISTS { ?p prov:wasDerivedFrom/dct:source/cen:issuedBy ?h } AS ?own)
                  BIND (IF(EXISTS { ?h cen:isoCode ?c }, 0, 1) AS ?kind)
                } ORDER BY ?kind ?label ?h ?p""", row -> {
            String position = CenNames.compact(row.getResource("p").getURI());
            String answer = row.getResource("a").getURI();
            out.append("- `").append(position).append("` = **").append(answer.substring(answer.lastIndexOf('/') + 1))
                    .append("** (").append(text(row, "date").isEmpty() ? "undated" : text(row, "date"))
                    .append(row.getLiteral("own").getBoolean() ? "; own document" : "; report")
                    .append(row.contains("older") ? "; supersedes `" + CenNames.compact(row.getResource("older").getURI()) + "`" : "")
                    .append(")");
            if (row.contains("qualification")) {
                out.append(": ").append(oneLine(text(row, "qualification")));
            }
            out.append("\n");
            quotes(row.getResource("p").getURI(), out);
        });
    }

    private void quotes(String position, StringBuilder out) {
        select("""
                SELECT ?quote ?source ?locator WHERE {
                  <%s> prov:wasDerivedFrom ?c . ?c cen:quote ?quote ; dct:source ?s .
                  OPTIONAL { ?s rdfs:label ?source } OPTIONAL { ?c cen:locator ?locator }
                } ORDER BY ?s ?c""".formatted(position), row -> out.append("  - \"").append(oneLine(text(row, "quote")))
                .append("\" (").append(text(row, "source")).append(", ").append(text(row, "locator")).append(")\n"));
    }

    private String holder(QuerySolution row) {
        String label = text(row, "label");
        String slug = CenNames.compact(row.getResource("h").getURI()).replaceFirst("^cenid:", "");
        return label.isEmpty() ? "`" + slug + "`" : label + " (`" + slug + "`)";
    }

    private static String slug(QuerySolution row, String var, String prefix) {
        String uri = row.getResource(var).getURI();
        return uri.substring(uri.indexOf(prefix) + prefix.length());
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.get(var).toString() : "";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").replace("|", "\\|").strip();
    }

    private static void row(StringBuilder out, String what, long count) {
        out.append("| ").append(what).append(" | ").append(count).append(" |\n");
    }

    private long count(String query) {
        long[] n = {0};
        select(query, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private void select(String query, Consumer<QuerySolution> each) {
        try (QueryExecution exec = QueryExecution.model(kb).query(PREFIXES + query).build()) {
            exec.execSelect().forEachRemaining(each);
        }
    }
}
