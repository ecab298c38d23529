package org.cybernorms.cen.reasoner.dl;

import static org.assertj.core.api.Assertions.assertThat;

import org.cybernorms.cen.reasoner.dl.AxiomRenderer;
import org.junit.jupiter.api.Test;

class AxiomRendererTest {

    @Test
    void cenKgIrisAreWrittenAsPrefixedNamesAndOthersAreLeftAlone() {
        String text = "<https://w3id.org/cyber-election-norms/id/state/RUS> Type "
                + "<https://w3id.org/cyber-election-norms/ontology#State> sameAs <http://www.wikidata.org/entity/Q159>";

        assertThat(AxiomRenderer.shorten(text))
                .isEqualTo("cenid:state/RUS Type cen:State sameAs <http://www.wikidata.org/entity/Q159>");
    }
}
