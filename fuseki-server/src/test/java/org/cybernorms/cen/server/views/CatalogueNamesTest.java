package org.cybernorms.cen.server.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.cybernorms.cen.queries.CatalogueNames;
import org.cybernorms.cen.queries.DoctrineComparison;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.junit.jupiter.api.Test;

/** The queries the views run by name are in the catalogue, so a renamed file fails here, not on a page. */
class CatalogueNamesTest {

    @Test
    void everyQueryAViewRunsIsInTheCatalogue() {
        assertThat(QueryCatalogue.load().names()).contains(CatalogueNames.DOCTRINE_MATRIX, CatalogueNames.CONFLICTS,
                CatalogueNames.PROVENANCE, DoctrineComparison.QUERY);
    }
}
