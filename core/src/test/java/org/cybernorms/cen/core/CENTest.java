package org.cybernorms.cen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CENTest {

    @Test
    void thingsFollowTheIriPatternsOfTheDesign() {
        assertThat(CEN.state("dnk").getURI()).isEqualTo("https://w3id.org/cyber-election-norms/id/state/DNK");
        assertThat(CEN.answer("collective-countermeasures", "not-established").getURI())
                .isEqualTo(CEN.ID + "question/collective-countermeasures/not-established");
        assertThat(CEN.position("DNK", "countermeasures-prior-notification", 2021).getURI())
                .isEqualTo(CEN.ID + "position/DNK/countermeasures-prior-notification/2021");
        assertThat(CEN.norm("oxford-2020/2a").getURI()).isEqualTo(CEN.ID + "norm/oxford-2020/2a");
    }

    @Test
    void badCodesAndSlugsAreRefused() {
        assertThatThrownBy(() -> CEN.state("DK")).hasMessageContaining("ISO 3166-1 alpha-3");
        assertThatThrownBy(() -> CEN.norm("Oxford 2a")).hasMessageContaining("kebab-case");
        assertThatThrownBy(() -> CEN.question("../etc")).hasMessageContaining("kebab-case");
    }
}
