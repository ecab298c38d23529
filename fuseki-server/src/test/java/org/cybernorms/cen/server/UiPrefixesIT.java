package org.cybernorms.cen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.ClasspathResources;
import org.junit.jupiter.api.Test;

/** The Fuseki UI's query editor, at /sparql-editor/, offers the cen: and cenid: prefixes. */
class UiPrefixesIT {

    @Test
    void theQueryPageScriptListsCenAndCenidAndOtherScriptsAreUntouched() {
        List<String> scripts = ClasspathResources.list("webapp/static", ".js");
        String query = scripts.stream().filter(s -> s.contains("/Query-")).findFirst().orElseThrow();
        String other = scripts.stream().filter(s -> s.contains("/index-")).findFirst().orElseThrow();
        String base = SharedServer.get().url();

        HttpResponse<String> served = Http.get(base + "sparql-editor/" + query.substring("webapp/".length()), null);
        HttpResponse<String> untouched = Http.get(base + "sparql-editor/" + other.substring("webapp/".length()), null);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).contains("{uri:\"" + CEN.NS + "\",text:\"cen\"}")
                .contains("{uri:\"" + CEN.ID + "\",text:\"cenid\"}")
                .contains("text:\"xsd\"}");
        assertThat(untouched.statusCode()).isEqualTo(200);
        assertThat(untouched.body()).doesNotContain("text:\"cenid\"");
    }
}
