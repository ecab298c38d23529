package org.cybernorms.cen.server.search;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.cybernorms.cen.server.web.Links;

/** The search results as JSON: the query and the things found, best first, each with its kind and page. */
final class SearchJson {

    private SearchJson() {}

    static JsonObject of(String query, List<SearchHit> hits) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (SearchHit hit : hits) {
            results.add(Json.createObjectBuilder()
                    .add("iri", hit.iri())
                    .add("page", Links.href(hit.iri()))
                    .add("kind", hit.kind().id())
                    .add("label", hit.label())
                    .add("score", hit.score())
                    .add("field", hit.field())
                    .add("matched", hit.matched()));
        }
        return Json.createObjectBuilder().add("query", query).add("count", hits.size()).add("results", results).build();
    }
}
