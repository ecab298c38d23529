package org.cybernorms.cen.reasoner.fast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Semi-naive forward chaining over a {@link FactStore}: every fact, asserted or derived,
 * is taken once from a queue as the "delta" and joined, as each body atom it matches,
 * with the facts already stored. A body match is found when its last fact leaves the
 * queue, so the fixpoint is complete, and no fact is joined twice.
 *
 * <p>Each (rule, triggering atom) pair has a join order fixed when the rule is compiled:
 * atoms whose terms are all bound first (a lookup), then atoms with one bound side (one
 * adjacency list), scans last.
 */
final class Materialiser {

    /** A clash rule matched: the rule and the facts it matched. */
    record Clash(Rule rule, List<Triple> facts) {}

    private static final class CompiledRule {
        final Rule rule;
        final int[][] atoms;
        final int[] head;
        final int variables;
        final int[][] plans;

        CompiledRule(Rule rule, int[][] atoms, int[] head, int variables) {
            this.rule = rule;
            this.atoms = atoms;
            this.head = head;
            this.variables = variables;
            this.plans = new int[atoms.length][];
            for (int trigger = 0; trigger < atoms.length; trigger++) {
                plans[trigger] = plan(atoms, trigger, variables);
            }
        }
    }

    private record Trigger(CompiledRule rule, int atom) {}

    private final FactStore store;
    private final Map<Long, List<Trigger>> triggers = new HashMap<>();
    private final List<CompiledRule> factRules = new ArrayList<>();
    private final IntList queue = new IntList();
    private int next;
    private final IntList pending = new IntList();
    private Clash clash;

    Materialiser(FactStore store, List<Rule> rules) {
        this.store = store;
        for (Rule rule : rules) {
            CompiledRule compiled = compile(rule);
            if (compiled.atoms.length == 0) {
                factRules.add(compiled);
            }
            for (int i = 0; i < compiled.atoms.length; i++) {
                int[] atom = compiled.atoms[i];
                long key = key(atom[1], atom[2] > 0 ? atom[2] : 0);
                triggers.computeIfAbsent(key, k -> new ArrayList<>()).add(new Trigger(compiled, i));
            }
        }
    }

    /** Adds an asserted fact; it is joined when {@link #run()} runs. */
    void assertFact(int subject, int predicate, int object) {
        if (store.add(subject, predicate, object)) {
            enqueue(subject, predicate, object);
        }
    }

    /** Runs to the fixpoint; returns the first clash met (the run stops there), or null. */
    Clash run() {
        for (CompiledRule rule : factRules) {
            match(rule, new int[rule.variables], new int[0], 0);
        }
        flush();
        while (next < queue.size() && clash == null) {
            int s = queue.get(next++);
            int p = queue.get(next++);
            int o = queue.get(next++);
            fire(s, p, o, triggers.get(key(p, 0)));
            fire(s, p, o, triggers.get(key(p, o)));
            flush();
        }
        return clash;
    }

    private void fire(int s, int p, int o, List<Trigger> candidates) {
        if (candidates == null) {
            return;
        }
        for (Trigger trigger : candidates) {
            CompiledRule rule = trigger.rule();
            int[] atom = rule.atoms[trigger.atom()];
            int[] bindings = new int[rule.variables];
            if (bind(atom[0], s, bindings) && bind(atom[2], o, bindings)) {
                match(rule, bindings, rule.plans[trigger.atom()], 0);
            }
        }
    }

    /** Joins the atoms of the plan from step on; derived heads wait in {@link #pending}. */
    private void match(CompiledRule rule, int[] bindings, int[] plan, int step) {
        if (clash != null) {
            return;
        }
        if (step == plan.length) {
            if (rule.head == null) {
                clash = new Clash(rule.rule, ground(rule, bindings));
            } else {
                pending.add(value(rule.head[0], bindings));
                pending.add(rule.head[1]);
                pending.add(value(rule.head[2], bindings));
            }
            return;
        }
        int[] atom = rule.atoms[plan[step]];
        int s = value(atom[0], bindings);
        int o = value(atom[2], bindings);
        if (s != 0 && o != 0) {
            if (store.contains(s, atom[1], o)) {
                match(rule, bindings, plan, step + 1);
            }
        } else if (s != 0) {
            IntList objects = store.objects(s, atom[1]);
            for (int i = 0; i < objects.size(); i++) {
                if (bind(atom[2], objects.get(i), bindings)) {
                    match(rule, bindings, plan, step + 1);
                }
                unbind(atom[2], bindings);
            }
        } else if (o != 0) {
            IntList subjects = store.subjects(atom[1], o);
            for (int i = 0; i < subjects.size(); i++) {
                if (bind(atom[0], subjects.get(i), bindings)) {
                    match(rule, bindings, plan, step + 1);
                }
                unbind(atom[0], bindings);
            }
        } else {
            FactStore.PredicateFacts facts = store.facts(atom[1]);
            if (facts == null) {
                return;
            }
            for (long pair : facts.pairs.slots()) {
                if (pair != 0 && bind(atom[0], FactStore.subjectOf(pair), bindings)) {
                    if (bind(atom[2], FactStore.objectOf(pair), bindings)) {
                        match(rule, bindings, plan, step + 1);
                    }
                    unbind(atom[2], bindings);
                }
                unbind(atom[0], bindings);
            }
        }
    }

    private void flush() {
        for (int i = 0; i < pending.size(); i += 3) {
            int s = pending.get(i);
            int p = pending.get(i + 1);
            int o = pending.get(i + 2);
            if (store.add(s, p, o)) {
                enqueue(s, p, o);
            }
        }
        pending.clear();
    }

    private void enqueue(int s, int p, int o) {
        queue.add(s);
        queue.add(p);
        queue.add(o);
    }

    private List<Triple> ground(CompiledRule rule, int[] bindings) {
        List<Triple> facts = new ArrayList<>();
        for (int[] atom : rule.atoms) {
            facts.add(Triple.create(store.node(value(atom[0], bindings)), store.node(atom[1]),
                    store.node(value(atom[2], bindings))));
        }
        return facts;
    }

    /** A term is a constant id (positive) or variable v encoded as -(v + 1). */
    private static int value(int term, int[] bindings) {
        return term > 0 ? term : bindings[-term - 1];
    }

    /** Binds a variable term (or checks a constant or a bound variable); false on a mismatch. */
    private static boolean bind(int term, int value, int[] bindings) {
        if (term > 0) {
            return term == value;
        }
        int bound = bindings[-term - 1];
        if (bound == 0) {
            bindings[-term - 1] = value;
            return true;
        }
        return bound == value;
    }

    /**
     * Undoes a binding made by the step. Only called for terms the step found unbound, so a
     * variable bound by an earlier step keeps its value.
     */
    private static void unbind(int term, int[] bindings) {
        // The caller reaches here only for the side it was iterating, which was unbound.
        if (term < 0) {
            bindings[-term - 1] = 0;
        }
    }

    private CompiledRule compile(Rule rule) {
        Map<Integer, Integer> variables = new HashMap<>();
        int[][] atoms = new int[rule.body().size()][];
        for (int i = 0; i < atoms.length; i++) {
            atoms[i] = encode(rule.body().get(i), variables);
        }
        int[] head = rule.head() == null ? null : encode(rule.head(), variables);
        return new CompiledRule(rule, atoms, head, variables.size());
    }

    private int[] encode(Atom atom, Map<Integer, Integer> variables) {
        return new int[] {encode(atom.subject(), variables), store.intern(atom.predicate()),
            encode(atom.object(), variables)};
    }

    private int encode(Term term, Map<Integer, Integer> variables) {
        if (!term.isVariable()) {
            return store.intern(term.constant());
        }
        int number = variables.computeIfAbsent(term.variable(), v -> variables.size());
        return -number - 1;
    }

    /** The order in which the other atoms are joined when the trigger atom matched. */
    private static int[] plan(int[][] atoms, int trigger, int variableCount) {
        boolean[] bound = new boolean[variableCount];
        boolean[] done = new boolean[atoms.length];
        markBound(atoms[trigger], bound);
        done[trigger] = true;
        int[] order = new int[atoms.length - 1];
        for (int step = 0; step < order.length; step++) {
            int best = -1;
            int bestScore = -1;
            for (int i = 0; i < atoms.length; i++) {
                if (!done[i]) {
                    int score = score(atoms[i], bound);
                    if (score > bestScore) {
                        best = i;
                        bestScore = score;
                    }
                }
            }
            order[step] = best;
            done[best] = true;
            markBound(atoms[best], bound);
        }
        return order;
    }

    private static int score(int[] atom, boolean[] bound) {
        boolean s = atom[0] > 0 || bound[-atom[0] - 1];
        boolean o = atom[2] > 0 || bound[-atom[2] - 1];
        if (s && o) {
            return 3;
        }
        if (s) {
            return 2; // the objects of one subject: usually few
        }
        return o ? 1 : 0; // the subjects of one object (a class's members): possibly many
    }

    private static void markBound(int[] atom, boolean[] bound) {
        if (atom[0] < 0) {
            bound[-atom[0] - 1] = true;
        }
        if (atom[2] < 0) {
            bound[-atom[2] - 1] = true;
        }
    }

    private static long key(int predicate, int object) {
        return ((long) predicate << 32) | (object & 0xFFFFFFFFL);
    }

    /** The node of an id, for callers that read the store after the run. */
    Node node(int id) {
        return store.node(id);
    }
}
