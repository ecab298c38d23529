package org.cybernorms.cen.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

/** Each format writes the same rows; the standard ones read back with Jena. */
class ResultWriterTest {

    private final QueryResult result = Fixtures.run("holders-of-answer", Map.of("answer", "collective-countermeasures/permitted"));

    @Test
    void jsonReadsBackToTheSameRows() {
        ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(bytes(ResultFormat.JSON)), ResultSetLang.RS_JSON);

        assertThat(back.getResultVars()).isEqualTo(result.vars());
        assertThat(ResultSetFormatter.consume(back)).isEqualTo(2);
    }

    @Test
    void csvAndTsvHaveAHeaderAndOneLinePerRowWithFullIris() {
        String csv = text(ResultFormat.CSV);
        String tsv = text(ResultFormat.TSV);

        assertThat(csv.lines().findFirst()).contains("holder,holderLabel,qualification,date,position,reported,scenario");
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("https://w3id.org/cyber-election-norms/id/state/EST");
        assertThat(tsv.lines().findFirst()).contains("?holder\t?holderLabel\t?qualification\t?date\t?position\t?reported\t?scenario");
        assertThat(tsv.lines()).hasSize(3);
    }

    @Test
    void theTableShortensIrisAndAlignsColumns() {
        String table = text(ResultFormat.TABLE);

        assertThat(table.lines()).hasSize(4);
        assertThat(table).contains("cenid:state/NZL").contains("New Zealand").doesNotContain("https://");
        assertThat(table.lines().map(line -> line.indexOf('|')).distinct()).hasSize(1);
    }

    @Test
    void theResultCanBeWrittenTwice() {
        assertThat(text(ResultFormat.CSV)).isEqualTo(text(ResultFormat.CSV));
    }

    private byte[] bytes(ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.write(result, format, out);
        return out.toByteArray();
    }

    private String text(ResultFormat format) {
        return new String(bytes(format), StandardCharsets.UTF_8);
    }
}
