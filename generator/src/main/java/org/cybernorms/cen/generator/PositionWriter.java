package org.cybernorms.cen.generator;

import static org.cybernorms.cen.generator.TurtleFile.english;
import static org.cybernorms.cen.generator.TurtleFile.iri;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the positions, each dated: they go round the questions first and then the States,
 * so that every question has positions and no State answers one question twice until
 * every State has answered it (in 2021); then earlier positions follow (2019, 2018...),
 * half of them superseded by the 2021 one. The States are hypothetical, so these are
 * scenario positions. The first answer of a
 * question (in IRI order) is the most held and the last the least: a realistic mix has a
 * majority view and dissenters, which gives both agreements and conflicts.
 */
final class PositionWriter {

    private final DataGenerator generator;

    PositionWriter(DataGenerator generator) {
        this.generator = generator;
    }

    void write() throws IOException {
        List<Map.Entry<String, List<String>>> questions = new ArrayList<>(generator.catalogue().answers().entrySet());
        int states = generator.world().states();
        int count = generator.spec().positions();
        try (TurtleFile file = generator.open("positions.ttl",
                "Positions of the made-up States on the legal questions of data/questions.ttl.")) {
            for (int i = 0; i < count; i++) {
                Map.Entry<String, List<String>> question = questions.get(i % questions.size());
                int state = (i / questions.size()) % states;
                int round = i / (questions.size() * states);
                String current = World.stateSlug(state) + "/" + CuratedTerms.slug(question.getKey());
                String slug = current + (round == 0 ? "" : "/" + (2020 - round));
                List<String> answers = question.getValue();
                String answer = answers.get(generator.weighted(weights(answers.size())));
                String citation = generator.cite(file, "position-" + slug.replace('/', '-'),
                        "Generated State " + (state + 1) + " answers " + answer + ".");
                List<String> facts = new ArrayList<>(List.of("a cen:Position",
                        "cen:heldBy " + iri(World.state(state)), "cen:answer " + iri(answer),
                        "dct:date \"" + (round == 0 ? 2021 : 2020 - round) + "-06-01\"^^xsd:date"));
                if (generator.random().nextInt(5) == 0) {
                    facts.add("cen:qualification " + english("generated qualification " + (i + 1)));
                }
                facts.add("prov:wasDerivedFrom " + citation);
                file.subject("position/" + slug, facts);
                if (round > 0 && generator.random().nextBoolean()) {
                    // Half the earlier positions are replaced by the 2021 one; the rest stand
                    // beside it, as when a source gives no order.
                    file.subject("position/" + current, List.of("cen:supersedes " + iri("position/" + slug)));
                }
            }
        }
    }

    /** Weights n, n-1, ..., 1 squared: the first answer is the majority. */
    private static int[] weights(int answers) {
        int[] weights = new int[answers];
        for (int i = 0; i < answers; i++) {
            weights[i] = (answers - i) * (answers - i);
        }
        return weights;
    }
}
