package org.cybernorms.cen.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CenNamesTest {

    @Test
    void compactsThingsTermsAndKnownPrefixesAndLeavesOtherIris() {
        assertThat(CenNames.compact(CEN.ID + "norm/oxford-2020/2a")).isEqualTo("cenid:norm/oxford-2020/2a");
        assertThat(CenNames.compact(CEN.NS + "State")).isEqualTo("cen:State");
        assertThat(CenNames.compact("http://www.w3.org/2000/01/rdf-schema#label")).isEqualTo("rdfs:label");
        assertThat(CenNames.compact("https://example.org/x/y")).isEqualTo("https://example.org/x/y");
    }

    @Test
    void expandsWhatCompactWritesAndRefusesWhatIsNoName() {
        for (String iri : new String[] {CEN.ID + "state/DNK", CEN.NS + "violates",
                "http://www.w3.org/2000/01/rdf-schema#label"}) {
            assertThat(CenNames.expand(CenNames.compact(iri))).contains(iri);
        }
        assertThat(CenNames.expand("<https://example.org/a>")).contains("https://example.org/a");
        assertThat(CenNames.expand("urn:x")).contains("urn:x");
        assertThat(CenNames.expand("DNK")).isEmpty();
        assertThat(CenNames.expand("cen:a b")).isEmpty();
        assertThat(CenNames.expand("")).isEmpty();
    }

    @Test
    void lastSegmentIsAfterTheLastSlashOrHash() {
        assertThat(CenNames.lastSegment(CEN.ID + "state/DNK")).isEqualTo("DNK");
        assertThat(CenNames.lastSegment(CEN.NS + "State")).isEqualTo("State");
        assertThat(CenNames.lastSegment("no-separator")).isEqualTo("no-separator");
    }
}
