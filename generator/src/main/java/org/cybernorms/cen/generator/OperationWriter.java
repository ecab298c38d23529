package org.cybernorms.cen.generator;

import static org.cybernorms.cen.generator.TurtleFile.english;
import static org.cybernorms.cen.generator.TurtleFile.iri;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the operations (a few thousand per file), their attribution claims and, for one
 * operation in ten, the victim's response (responses.ttl). The mix is meant to reach every
 * branch of the reasoning: foreign and domestic operations; claims naming a State, its
 * organ, a proxy acting for it in this operation (art. 8, with cen:onBehalfOf) or one
 * merely linked to it, or an unrelated State; claims by the victim State, its organ or a
 * company, public or not, at each confidence, some denied by the accused, some ascribing
 * the intent the operation does not state itself; intrusive and non-intrusive methods,
 * electoral and critical infrastructure; and responses whose facts breach or keep stated
 * doctrines.
 */
final class OperationWriter {

    private static final String[] METHODS = {"cen:Phishing", "cen:BruteForce", "cen:CooperativeInsider", "cen:Malware",
        "cen:SupplyChainCompromise", "cen:DataManipulation", "cen:PublicInformationCollection", "cen:Disinformation",
        "cen:InauthenticAmplification", "cen:CovertAdvertising", "cen:Leak", "cen:DenialOfService"};
    private static final String[] EFFECTS = {"cen:Disruption", "cen:IntegrityDoubt", "cen:ParticipationImpairment",
        "cen:InformationDistortion", "cen:ConfidenceUndermined", "cen:PrivacyViolation", "cen:Damage"};
    private static final String[] INTENTS = {"cen:ElectoralInterferenceIntent", "cen:DisruptionIntent",
        "cen:IntelligenceGatheringIntent", "cen:FinancialIntent"};
    private static final String[] CONFIDENCE = {"cen:LowConfidence", "cen:ModerateConfidence", "cen:HighConfidence"};

    private final DataGenerator generator;
    private final SplittableRandom random;
    private final World world;

    OperationWriter(DataGenerator generator) {
        this.generator = generator;
        this.random = generator.random();
        this.world = generator.world();
    }

    void write() throws IOException {
        int operations = generator.spec().operations();
        try (TurtleFile responses = generator.open("responses.ttl",
                "Responses of made-up States to generated operations, with the facts doctrines turn on.")) {
            for (int first = 0; first < operations; first += DataGenerator.OPERATIONS_PER_FILE) {
                int last = Math.min(operations, first + DataGenerator.OPERATIONS_PER_FILE);
                String name = String.format("operations-%03d.ttl", first / DataGenerator.OPERATIONS_PER_FILE + 1);
                try (TurtleFile file = generator.open(name,
                        "Generated operations " + (first + 1) + " to " + last + " with their attribution claims.")) {
                    for (int i = first; i < last; i++) {
                        operation(file, responses, i);
                    }
                }
            }
        }
    }

    private void operation(TurtleFile file, TurtleFile responses, int index) throws IOException {
        String slug = String.format("gen-operation-%06d", index + 1);
        int victim = random.nextInt(world.states());
        int author = random.nextInt(10) == 0 ? victim : other(victim);
        int election = random.nextInt(World.ELECTIONS_PER_STATE);
        int[] systems = world.systems(victim, election);
        String target = random.nextInt(100) < 85
                ? World.system(victim, election, systems[random.nextInt(systems.length)])
                : World.criticalInfrastructure(victim);
        String citation = generator.cite(file, slug, "Operation " + (index + 1) + " against "
                + World.stateSlug(victim) + ", claimed to come from " + World.stateSlug(author) + ".");
        List<String> facts = new ArrayList<>(List.of("a cen:CyberOperation",
                "rdfs:label " + english("Generated operation " + (index + 1)), "cen:targets " + iri(target),
                "dct:date " + date()));
        if (random.nextInt(10) < 9) {
            facts.add("cen:affects " + iri(World.election(victim, election)));
        }
        facts.add("cen:usesMethod " + String.join(" , ", pick(METHODS, 1 + random.nextInt(2))));
        int effects = random.nextInt(3);
        if (effects > 0) {
            facts.add("cen:hasEffect " + String.join(" , ", pick(EFFECTS, effects)));
        }
        String intent = INTENTS[generator.weighted(10, 5, 3, 2)];
        // Half the operations state their intent as a fact; for the others only claims ascribe it.
        boolean intentStated = random.nextBoolean();
        if (intentStated) {
            facts.add("cen:hasIntent " + intent);
        }
        if (random.nextBoolean()) {
            facts.add("cen:emanatesFrom " + iri(World.state(author)));
        }
        facts.add("prov:wasDerivedFrom " + citation);
        String operation = "operation/" + slug;
        file.subject(operation, facts);
        int claims = generator.weighted(2, 6, 2);
        for (int claim = 1; claim <= claims; claim++) {
            attribution(file, operation, slug + "/claim-" + claim, victim, author, intentStated ? null : intent, citation);
        }
        if (random.nextInt(10) == 0 && author != victim) {
            response(responses, operation, slug, victim, author);
        }
    }

    private void attribution(TurtleFile file, String operation, String slug, int victim, int author,
            String claimedIntent, String citation) throws IOException {
        List<String> facts = new ArrayList<>(List.of("a cen:Attribution", "cen:attributedOperation " + iri(operation)));
        switch (generator.weighted(3, 3, 3, 1)) {
            case 0 -> facts.addAll(List.of("cen:attributedActor " + iri(World.state(author)), "cen:basis cen:OrganConduct"));
            case 1 -> facts.addAll(List.of("cen:attributedActor " + iri(World.organ(author, "intelligence-service")),
                    "cen:basis cen:OrganConduct"));
            case 2 -> {
                facts.add("cen:attributedActor " + iri(World.proxy(author)));
                if (random.nextBoolean()) {
                    // Art. 8, for this operation: the State that instructed, directed or controlled it.
                    facts.addAll(List.of("cen:basis cen:InstructionsOrControl", "cen:onBehalfOf " + iri(World.state(author))));
                }
            }
            default -> facts.add("cen:attributedActor " + iri(World.state(other(author))));
        }
        String claimant = switch (generator.weighted(4, 2, 4)) {
            case 0 -> World.state(victim);
            case 1 -> World.organ(victim, "intelligence-service");
            default -> World.company(random.nextInt(world.companies()));
        };
        facts.addAll(List.of("cen:attributedBy " + iri(claimant),
                "dct:date " + date(),
                "cen:confidence " + CONFIDENCE[random.nextInt(3)], "cen:isPublic " + random.nextBoolean()));
        if (claimedIntent != null) {
            facts.add("cen:claimedIntent " + claimedIntent);
        }
        if (random.nextInt(10) < 3) {
            facts.add("cen:contestedBy " + iri(World.state(author)));
        }
        facts.add("prov:wasDerivedFrom " + citation);
        file.subject("attribution/" + slug, facts);
    }

    private void response(TurtleFile file, String operation, String slug, int victim, int author) throws IOException {
        boolean collective = random.nextInt(10) == 0;
        int responder = collective ? other(victim) : victim;
        String citation = generator.cite(file, slug + "-response", "Response of " + World.stateSlug(responder)
                + " to operation " + slug + ".");
        List<String> facts = new ArrayList<>(List.of(random.nextInt(10) < 7 ? "a cen:Countermeasure" : "a cen:Retorsion",
                "cen:respondsTo " + iri(operation), "cen:takenBy " + iri(World.state(responder)),
                "cen:directedAt " + iri(World.state(author))));
        fact(facts, "cen:priorNotification", random.nextBoolean());
        fact(facts, "cen:urgent", random.nextInt(10) < 3);
        fact(facts, "cen:cyberMeans", random.nextInt(10) < 6);
        fact(facts, "cen:amountsToForce", random.nextInt(10) == 0);
        fact(facts, "cen:proportionate", random.nextInt(10) < 8);
        facts.add("cen:collective " + collective);
        if (collective && random.nextInt(10) < 7) {
            facts.add("cen:onRequestOf " + iri(World.state(victim)));
        }
        facts.add("dct:date " + date());
        facts.add("prov:wasDerivedFrom " + citation);
        file.subject("response/" + slug, facts);
    }

    /** A date between 2010 and 2024. */
    private String date() {
        return "\"" + String.format("20%02d-%02d-%02d", 10 + random.nextInt(15), 1 + random.nextInt(12),
                1 + random.nextInt(28)) + "\"^^xsd:date";
    }

    /** Records a fact about a response seven times in ten: absent means unknown. */
    private void fact(List<String> facts, String property, boolean value) {
        if (random.nextInt(10) < 7) {
            facts.add(property + " " + value);
        }
    }

    private int other(int state) {
        int other = random.nextInt(world.states() - 1);
        return other >= state ? other + 1 : other;
    }

    private String[] pick(String[] values, int count) {
        int first = random.nextInt(values.length);
        String[] picked = new String[count];
        for (int i = 0; i < count; i++) {
            picked[i] = values[(first + i * 5) % values.length];
        }
        return picked;
    }
}
