package org.cybernorms.cen.server.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The map's geometry: Natural Earth's countries as the build fetched them, each named by
 * its alpha-3 code, projected inside the drawing, and no outline drawn across the world
 * (the rings that cross the antimeridian are split).
 */
class WorldAtlasTest {

    private final WorldAtlas atlas = WorldAtlas.get();

    @Test
    void theCountriesOfNaturalEarthAreNamedByAlpha3() {
        Map<String, WorldAtlas.Country> byCode = atlas.countries().stream().filter(c -> c.alpha3() != null)
                .collect(Collectors.toMap(WorldAtlas.Country::alpha3, c -> c));
        assertThat(atlas.countries()).hasSize(176); // 177 in countries-110m, less Antarctica
        assertThat(byCode.get("DNK").name()).isEqualTo("Denmark");
        assertThat(byCode.get("USA").name()).isEqualTo("United States of America");
        assertThat(byCode.get("RUS").name()).isEqualTo("Russia");
        assertThat(byCode).doesNotContainKey("ATA");
        assertThat(atlas.countries().stream().filter(c -> c.alpha3() == null).map(WorldAtlas.Country::name))
                .as("the territories without an ISO 3166-1 code").containsExactlyInAnyOrder("N. Cyprus", "Somaliland", "Kosovo");
    }

    @Test
    void everyStateOfTheKnowledgeBaseIsOnTheMapButSingapore() throws IOException {
        Set<String> codes = atlas.countries().stream().map(WorldAtlas.Country::alpha3).collect(Collectors.toSet());
        String states;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("data/states.ttl")) {
            states = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("cen:isoCode \"([A-Z]{3})\"").matcher(states);
        List<String> inData = m.results().map(r -> r.group(1)).toList();
        assertThat(inData).hasSizeGreaterThan(20);
        // Singapore is below the 1:110m scale: the question pages list such States under the map.
        assertThat(inData.stream().filter(code -> !codes.contains(code))).containsExactly("SGP");
    }

    @Test
    void outlinesStayInsideTheDrawingAndNeverSpanTheWorld() {
        Pattern point = Pattern.compile("[ML](-?[\\d.]+),(-?[\\d.]+)");
        for (WorldAtlas.Country c : atlas.countries()) {
            Matcher m = point.matcher(c.path());
            double previousX = Double.NaN;
            while (m.find()) {
                double x = Double.parseDouble(m.group(1));
                double y = Double.parseDouble(m.group(2));
                assertThat(x).as(c.name()).isBetween(0.0, WorldAtlas.WIDTH);
                assertThat(y).as(c.name()).isBetween(0.0, atlas.height());
                if (m.group().startsWith("L")) {
                    assertThat(Math.abs(x - previousX)).as(c.name() + ": a segment across the map").isLessThan(WorldAtlas.WIDTH / 2);
                }
                previousX = x;
            }
            assertThat(c.markerX()).isBetween(0.0, WorldAtlas.WIDTH);
        }
    }

    @Test
    void aRingAcrossTheAntimeridianIsDrawnOnBothEdges() {
        List<double[]> ring = List.of(new double[] {170, 60}, new double[] {-170, 60}, new double[] {-170, 65},
                new double[] {170, 65}, new double[] {170, 60});
        List<List<double[]>> parts = WorldAtlas.splitAtAntimeridian(ring);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).allSatisfy(p -> assertThat(p[0]).isBetween(170.0, 180.0));
        assertThat(parts.get(1)).allSatisfy(p -> assertThat(p[0]).isBetween(-180.0, -170.0));
        assertThat(WorldAtlas.splitAtAntimeridian(List.of(new double[] {10, 50}, new double[] {12, 50}))).hasSize(1);
    }
}
