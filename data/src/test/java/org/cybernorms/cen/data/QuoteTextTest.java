package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTextTest {

    @Test
    void curlyQuotationMarksBecomeStraight() {
        assertThat(QuoteText.normalise("\u201Cfor the purpose\u201D of Erdogan\u2018s party\u2019s"))
                .isEqualTo("\"for the purpose\" of Erdogan's party's");
    }

    @Test
    void dashesAndEllipsisAreUnified() {
        assertThat(QuoteText.normalise("attack\u2014State A \u2013 info\u2026 to"))
                .isEqualTo("attack-State A - info... to");
    }

    @Test
    void whiteSpaceRunsCollapse() {
        assertThat(QuoteText.normalise("  one\n\ttwo\u00A0 three "))
                .isEqualTo("one two three");
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(QuoteText.normalise("300,000 e-mails")).isNotEqualTo(QuoteText.normalise("30,000 e-mails"));
    }
}
