package org.cybernorms.cen.server.profiles;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The countries of the world as SVG paths, projected once per JVM: Natural Earth's 1:110m
 * admin-0 countries from the npm package {@code world-atlas} 2.0.2 (TopoJSON, copied into
 * the jar by the build), each named by its ISO 3166-1 alpha-3 code through the numeric
 * code it carries ({@code cen/iso3166-numeric.tsv}). The projection is Natural Earth's
 * (Šavrič et al. 2011, the polynomial of d3-geo's {@code geoNaturalEarth1}); Antarctica is
 * left out, no State there holds positions and it would take a fifth of the height.
 */
public final class WorldAtlas {

    /** Width of the drawing in SVG units; the height follows from the projection. */
    public static final double WIDTH = 960;

    static final String TOPOLOGY = "cen/world-atlas/countries-110m.json";
    static final String NUMERIC = "cen/iso3166-numeric.tsv";
    private static final String ANTARCTICA = "ATA";

    /**
     * One country: its alpha-3 code (null for the few territories without one, such as
     * Kosovo), Natural Earth's short name, and its outline as SVG path data.
     */
    public record Country(String alpha3, String name, String path, double markerX, double markerY) {}

    private static volatile WorldAtlas instance;

    private final List<Country> countries;
    private final double height;
    private final String frame;

    private WorldAtlas(List<Country> countries, double height, String frame) {
        this.countries = countries;
        this.height = height;
        this.frame = frame;
    }

    /** The atlas, read and projected on first use. */
    public static WorldAtlas get() {
        WorldAtlas atlas = instance;
        if (atlas == null) {
            synchronized (WorldAtlas.class) {
                if (instance == null) {
                    instance = load();
                }
                atlas = instance;
            }
        }
        return atlas;
    }

    public List<Country> countries() {
        return countries;
    }

    public double height() {
        return height;
    }

    /** The outline of the mapped world (longitudes ±180°, latitudes -60° to 84°) as SVG path data: the sea. */
    public String frame() {
        return frame;
    }

    private static WorldAtlas load() {
        Map<String, String> alpha3 = numericToAlpha3();
        JsonObject topology;
        try (InputStream in = resource(TOPOLOGY); JsonReader reader = Json.createReader(in)) {
            topology = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonObject transform = topology.getJsonObject("transform");
        double[] scale = pair(transform.getJsonArray("scale"));
        double[] translate = pair(transform.getJsonArray("translate"));
        List<double[][]> arcs = decodeArcs(topology.getJsonArray("arcs"), scale, translate);

        // Projected extent, for the scale: longitude ±180 at the equator, latitudes -60..84.
        double xMax = project(Math.PI, 0)[0];
        double yTop = project(0, Math.toRadians(84))[1];
        double yBottom = project(0, Math.toRadians(-60))[1];
        double k = WIDTH / (2 * xMax);
        double height = Math.ceil((yTop - yBottom) * k);

        List<Country> countries = new ArrayList<>();
        JsonArray geometries = topology.getJsonObject("objects").getJsonObject("countries").getJsonArray("geometries");
        for (JsonValue value : geometries) {
            JsonObject geometry = value.asJsonObject();
            String id = geometry.containsKey("id") ? geometry.getString("id") : null;
            String code = id == null ? null : alpha3.get(id);
            if (ANTARCTICA.equals(code)) {
                continue;
            }
            String name = geometry.getJsonObject("properties").getString("name", code);
            List<JsonArray> polygons = new ArrayList<>();
            JsonArray rings = geometry.getJsonArray("arcs");
            if ("Polygon".equals(geometry.getString("type"))) {
                polygons.add(rings);
            } else {
                rings.forEach(p -> polygons.add(p.asJsonArray()));
            }
            StringBuilder d = new StringBuilder();
            double[] marker = null;
            double largest = -1;
            for (JsonArray polygon : polygons) {
                for (int r = 0; r < polygon.size(); r++) {
                    List<double[]> ring = ring(polygon.getJsonArray(r), arcs);
                    for (List<double[]> part : splitAtAntimeridian(ring)) {
                        double[] box = appendRing(d, part, k, xMax, yTop);
                        double area = (box[2] - box[0]) * (box[3] - box[1]);
                        if (r == 0 && area > largest) { // outer rings only: the marker sits on land
                            largest = area;
                            marker = new double[] {(box[0] + box[2]) / 2, (box[1] + box[3]) / 2};
                        }
                    }
                }
            }
            countries.add(new Country(code, name, d.toString(), marker[0], marker[1]));
        }
        List<double[]> edge = new ArrayList<>();
        for (int lat = -60; lat <= 84; lat += 2) {
            edge.add(new double[] {-180, lat});
        }
        for (int lat = 84; lat >= -60; lat -= 2) {
            edge.add(new double[] {180, lat});
        }
        StringBuilder frame = new StringBuilder();
        appendRing(frame, edge, k, xMax, yTop);
        return new WorldAtlas(List.copyOf(countries), height, frame.toString());
    }

    /** TopoJSON arcs: quantized, each position a delta from the one before. */
    private static List<double[][]> decodeArcs(JsonArray encoded, double[] scale, double[] translate) {
        List<double[][]> arcs = new ArrayList<>(encoded.size());
        for (JsonValue arcValue : encoded) {
            JsonArray arc = arcValue.asJsonArray();
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonArray delta = arc.getJsonArray(i);
                x += delta.getJsonNumber(0).longValue();
                y += delta.getJsonNumber(1).longValue();
                points[i] = new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]};
            }
            arcs.add(points);
        }
        return arcs;
    }

    /** A ring's longitude-latitude points: its arcs joined, a negative index ~i the arc i reversed. */
    private static List<double[]> ring(JsonArray arcIndexes, List<double[][]> arcs) {
        List<double[]> points = new ArrayList<>();
        for (JsonValue v : arcIndexes) {
            int index = ((jakarta.json.JsonNumber) v).intValue();
            double[][] arc = arcs.get(index < 0 ? ~index : index);
            int n = arc.length;
            for (int i = points.isEmpty() ? 0 : 1; i < n; i++) {
                points.add(arc[index < 0 ? n - 1 - i : i]);
            }
        }
        return points;
    }

    /**
     * A ring that crosses the antimeridian (Russia's and Fiji's) made drawable: its longitudes
     * unwrapped, then drawn once clamped to the east edge and once shifted by 360° and clamped
     * to the west edge; the parts beyond an edge shrink to a line along it. Other rings as they are.
     */
    static List<List<double[]>> splitAtAntimeridian(List<double[]> ring) {
        boolean crosses = false;
        for (int i = 1; i < ring.size() && !crosses; i++) {
            crosses = Math.abs(ring.get(i)[0] - ring.get(i - 1)[0]) > 180;
        }
        if (!crosses) {
            return List.of(ring);
        }
        List<double[]> unwrapped = new ArrayList<>(ring.size());
        double offset = 0;
        for (int i = 0; i < ring.size(); i++) {
            double lon = ring.get(i)[0];
            if (i > 0) {
                double step = lon + offset - unwrapped.get(i - 1)[0];
                offset += step > 180 ? -360 : step < -180 ? 360 : 0;
            }
            unwrapped.add(new double[] {lon + offset, ring.get(i)[1]});
        }
        double mean = unwrapped.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double shift = mean > 0 ? -360 : 360;
        List<double[]> here = new ArrayList<>();
        List<double[]> there = new ArrayList<>();
        for (double[] p : unwrapped) {
            here.add(new double[] {clamp(p[0]), p[1]});
            there.add(new double[] {clamp(p[0] + shift), p[1]});
        }
        return List.of(here, there);
    }

    private static double clamp(double lon) {
        return Math.max(-180, Math.min(180, lon));
    }

    /** Appends the ring as SVG path data; returns its bounding box (x0, y0, x1, y1) in the drawing. */
    private static double[] appendRing(StringBuilder d, List<double[]> ring, double k, double xMax, double yTop) {
        String previous = null;
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] lonLat : ring) {
            double[] p = project(Math.toRadians(lonLat[0]), Math.toRadians(lonLat[1]));
            double x = (p[0] + xMax) * k;
            double y = (yTop - p[1]) * k;
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
            String point = String.format(Locale.ROOT, "%.1f,%.1f", x, y);
            if (point.equals(previous)) {
                continue; // points closer than the drawing's resolution
            }
            d.append(previous == null ? 'M' : 'L').append(point);
            previous = point;
        }
        d.append('Z');
        return box;
    }

    /** Natural Earth projection (raw, radians in, unscaled plane coordinates out; y up). */
    static double[] project(double lambda, double phi) {
        double phi2 = phi * phi;
        double phi4 = phi2 * phi2;
        double x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
        double y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
        return new double[] {x, y};
    }

    private static double[] pair(JsonArray array) {
        return new double[] {array.getJsonNumber(0).doubleValue(), array.getJsonNumber(1).doubleValue()};
    }

    static Map<String, String> numericToAlpha3() {
        Map<String, String> codes = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(NUMERIC), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("numeric") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                codes.put(cells[0], cells[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static InputStream resource(String name) {
        InputStream in = WorldAtlas.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: build the server with ./mvnw (its "
                    + "world-atlas step copies the map), or run ./cen, which does");
        }
        return in;
    }
}
