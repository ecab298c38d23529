package org.cybernorms.cen.reasoner.fast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The facts the materialiser works on: RDF nodes interned as ints (from 1), and per
 * predicate a set of (subject, object) pairs with adjacency both ways. Class
 * memberships are {@code rdf:type} facts like any other, indexed by class through the
 * object side.
 */
final class FactStore {

    /** The facts of one predicate. */
    static final class PredicateFacts {
        final LongSet pairs = new LongSet();
        final Adjacency bySubject = new Adjacency();
        final Adjacency byObject = new Adjacency();
    }

    private static final IntList EMPTY = new IntList();

    private final Map<Node, Integer> ids = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>(List.of(Node.ANY));
    private final Map<Integer, PredicateFacts> predicates = new HashMap<>();
    private long size;

    int intern(Node node) {
        Integer id = ids.get(node);
        if (id == null) {
            id = nodes.size();
            nodes.add(node);
            ids.put(node, id);
        }
        return id;
    }

    /** The id of a node, or 0 when the store has never seen it. */
    int idOf(Node node) {
        return ids.getOrDefault(node, 0);
    }

    Node node(int id) {
        return nodes.get(id);
    }

    int nodeCount() {
        return nodes.size() - 1;
    }

    long size() {
        return size;
    }

    /** Adds the fact; returns false when it was known. */
    boolean add(int subject, int predicate, int object) {
        PredicateFacts facts = predicates.computeIfAbsent(predicate, p -> new PredicateFacts());
        if (!facts.pairs.add(pair(subject, object))) {
            return false;
        }
        facts.bySubject.add(subject, object);
        facts.byObject.add(object, subject);
        size++;
        return true;
    }

    boolean contains(int subject, int predicate, int object) {
        PredicateFacts facts = predicates.get(predicate);
        return facts != null && facts.pairs.contains(pair(subject, object));
    }

    IntList objects(int subject, int predicate) {
        PredicateFacts facts = predicates.get(predicate);
        IntList list = facts == null ? null : facts.bySubject.get(subject);
        return list == null ? EMPTY : list;
    }

    IntList subjects(int predicate, int object) {
        PredicateFacts facts = predicates.get(predicate);
        IntList list = facts == null ? null : facts.byObject.get(object);
        return list == null ? EMPTY : list;
    }

    /** All facts of a predicate, or null when there are none. */
    PredicateFacts facts(int predicate) {
        return predicates.get(predicate);
    }

    static long pair(int subject, int object) {
        return ((long) subject << 32) | (object & 0xFFFFFFFFL);
    }

    static int subjectOf(long pair) {
        return (int) (pair >>> 32);
    }

    static int objectOf(long pair) {
        return (int) pair;
    }
}
