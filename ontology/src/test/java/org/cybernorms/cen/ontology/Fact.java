package org.cybernorms.cen.ontology;

/** One property assertion between named things, compared by IRI. */
record Fact(String subject, String property, String object) implements Comparable<Fact> {

    boolean isReflexive() {
        return subject.equals(object);
    }

    @Override
    public int compareTo(Fact other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return "<" + subject + "> <" + property + "> <" + object + ">";
    }
}
