package org.cybernorms.cen.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The names of the generated actors, elections and systems, so that operations, positions
 * and responses can pick among them. All States are cen:HypotheticalState: a made-up
 * State has no ISO 3166 code and no Wikidata item (the shapes require both of a real
 * State), so its positions are scenario positions, compared with each other and never with
 * real holders', and generated responses are judged under the real States' positions of
 * the bundled data.
 */
final class World {

    /** Kinds of electoral system, with the slug each is named by. */
    static final List<String[]> SYSTEM_KINDS = List.of(
            new String[] {"cen:VoterRegistry", "voter-registry"}, new String[] {"cen:VotingMachine", "voting-machines"},
            new String[] {"cen:BallotIntegrityProtocol", "ballot-protocol"},
            new String[] {"cen:ResultsReportingSystem", "results-reporting"}, new String[] {"cen:AuditSystem", "audit"},
            new String[] {"cen:ProceduralInformationSystem", "procedural-information"},
            new String[] {"cen:CampaignSystem", "campaign-systems"}, new String[] {"cen:MediaPlatform", "media-platform"});

    static final int ELECTIONS_PER_STATE = 2;
    static final int SYSTEMS_PER_ELECTION = 4;

    private final int states;
    private final int companies;
    private final boolean[] proxyActsOnBehalf;
    private final int[][][] systems;

    World(GeneratorSettings spec, SplittableRandom random) {
        this.states = spec.states();
        this.companies = Math.max(3, spec.states() / 10);
        this.proxyActsOnBehalf = new boolean[states];
        this.systems = new int[states][ELECTIONS_PER_STATE][SYSTEMS_PER_ELECTION];
        for (int s = 0; s < states; s++) {
            // Six proxies in ten are under the State's control (art. 8); the rest are only
            // "linked to" it, which attributes nothing.
            proxyActsOnBehalf[s] = random.nextInt(10) < 6;
            for (int e = 0; e < ELECTIONS_PER_STATE; e++) {
                int first = random.nextInt(SYSTEM_KINDS.size());
                for (int k = 0; k < SYSTEMS_PER_ELECTION; k++) {
                    systems[s][e][k] = (first + k * 3) % SYSTEM_KINDS.size();
                }
            }
        }
    }

    int states() {
        return states;
    }

    int companies() {
        return companies;
    }

    boolean proxyActsOnBehalf(int state) {
        return proxyActsOnBehalf[state];
    }

    /** The kinds (indexes into SYSTEM_KINDS) of the systems serving an election. */
    int[] systems(int state, int election) {
        return systems[state][election];
    }

    static String stateSlug(int state) {
        return String.format("gen-state-%05d", state + 1);
    }

    static String state(int state) {
        return "state/" + stateSlug(state);
    }

    static String organ(int state, String kind) {
        return "actor/" + stateSlug(state) + "-" + kind;
    }

    static String proxy(int state) {
        return "actor/" + stateSlug(state) + "-proxy-group";
    }

    static String company(int company) {
        return String.format("actor/gen-security-vendor-%03d", company + 1);
    }

    static String election(int state, int election) {
        return "election/" + stateSlug(state) + "-election-" + (election + 1);
    }

    static String system(int state, int election, int kind) {
        return "target/" + stateSlug(state) + "-election-" + (election + 1) + "-" + SYSTEM_KINDS.get(kind)[1];
    }

    static String criticalInfrastructure(int state) {
        return "target/" + stateSlug(state) + "-power-grid";
    }
}
