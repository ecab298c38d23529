package org.cybernorms.cen.reasoner.fast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.semanticweb.owlapi.model.*;

/**
 * Compiles one OWL axiom into forward rules, in the manner of the OWL 2 RL/RDF rules:
 * class expressions on the left of a subclass axiom (intersections, unions,
 * {@code someValuesFrom}, {@code hasValue}, {@code oneOf}, {@code hasSelf}) become rule
 * bodies; on the right (named classes, intersections, {@code hasValue}, {@code hasSelf},
 * {@code allValuesFrom}, complements, {@code owl:Nothing}, {@code maxCardinality 0})
 * they become heads or clashes. Property axioms (sub-properties, inverses, symmetry,
 * transitivity, chains, domains, ranges, disjointness, asymmetry, irreflexivity) become
 * rules of their own.
 *
 * <p>What cannot be compiled without equality or anonymous individuals (functional
 * properties, keys, existentials or unions on the right, {@code owl:sameAs}) throws
 * {@link Unsupported}; the caller decides what that means. The one exception OWL 2 RL
 * does not have, {@code C ⊑ ∃p.Self}, is compiled like any head: {@code C(x) → p(x, x)}.
 */
final class AxiomCompiler {

    /** The axiom cannot be turned into rules; the message says why. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One alternative of a rule body: atoms, and variables a {@code oneOf} fixes to a constant. */
    private record Conjunction(List<Atom> atoms, Map<Integer, Node> fixed) {

        static Conjunction empty() {
            return new Conjunction(List.of(), Map.of());
        }

        Conjunction and(Conjunction other) {
            List<Atom> atoms = new ArrayList<>(this.atoms);
            atoms.addAll(other.atoms);
            Map<Integer, Node> fixed = new HashMap<>(this.fixed);
            for (Map.Entry<Integer, Node> e : other.fixed.entrySet()) {
                Node earlier = fixed.putIfAbsent(e.getKey(), e.getValue());
                if (earlier != null && !earlier.equals(e.getValue())) {
                    return null; // x = a and x = b: this alternative never matches
                }
            }
            return new Conjunction(atoms, fixed);
        }
    }

    /** What a superclass expression demands of x: more conditions, then a head (null: a clash). */
    private record Tail(Conjunction extra, Atom head) {}

    private static final Node TYPE = RDF.type.asNode();

    private final String origin;
    private int variables;

    private AxiomCompiler(String origin) {
        this.origin = origin;
    }

    /** The rules of one axiom; none for axioms that say nothing about individuals' types and links. */
    static List<Rule> compile(OWLAxiom axiom, String origin) {
        return new AxiomCompiler(origin).rules(axiom);
    }

    private List<Rule> rules(OWLAxiom axiom) {
        if (axiom instanceof OWLSubClassOfAxiom a) {
            return subClass(a.getSubClass(), a.getSuperClass());
        }
        if (axiom instanceof OWLEquivalentClassesAxiom a) {
            List<Rule> rules = new ArrayList<>();
            a.asOWLSubClassOfAxioms().forEach(s -> rules.addAll(subClass(s.getSubClass(), s.getSuperClass())));
            return rules;
        }
        if (axiom instanceof OWLDisjointClassesAxiom a) {
            List<Rule> rules = new ArrayList<>();
            List<OWLClassExpression> classes = a.getOperandsAsList();
            for (int i = 0; i < classes.size(); i++) {
                for (int j = i + 1; j < classes.size(); j++) {
                    Term x = fresh();
                    for (Conjunction left : body(classes.get(i), x)) {
                        for (Conjunction right : body(classes.get(j), x)) {
                            add(rules, left.and(right), null);
                        }
                    }
                }
            }
            return rules;
        }
        if (axiom instanceof OWLSubObjectPropertyOfAxiom a) {
            Term x = fresh();
            Term y = fresh();
            return List.of(rule(List.of(atom(a.getSubProperty(), x, y)), atom(a.getSuperProperty(), x, y)));
        }
        if (axiom instanceof OWLSubDataPropertyOfAxiom a) {
            Term x = fresh();
            Term y = fresh();
            return List.of(rule(List.of(dataAtom(a.getSubProperty(), x, y)), dataAtom(a.getSuperProperty(), x, y)));
        }
        if (axiom instanceof OWLEquivalentObjectPropertiesAxiom a) {
            List<Rule> rules = new ArrayList<>();
            a.asSubObjectPropertyOfAxioms().forEach(s -> rules.addAll(rules(s)));
            return rules;
        }
        if (axiom instanceof OWLEquivalentDataPropertiesAxiom a) {
            List<Rule> rules = new ArrayList<>();
            a.asSubDataPropertyOfAxioms().forEach(s -> rules.addAll(rules(s)));
            return rules;
        }
        if (axiom instanceof OWLInverseObjectPropertiesAxiom a) {
            Term x = fresh();
            Term y = fresh();
            return List.of(
                    rule(List.of(atom(a.getFirstProperty(), x, y)), atom(a.getSecondProperty(), y, x)),
                    rule(List.of(atom(a.getSecondProperty(), x, y)), atom(a.getFirstProperty(), y, x)));
        }
        if (axiom instanceof OWLSymmetricObjectPropertyAxiom a) {
            Term x = fresh();
            Term y = fresh();
            return List.of(rule(List.of(atom(a.getProperty(), x, y)), atom(a.getProperty(), y, x)));
        }
        if (axiom instanceof OWLTransitiveObjectPropertyAxiom a) {
            Term x = fresh();
            Term y = fresh();
            Term z = fresh();
            return List.of(rule(List.of(atom(a.getProperty(), x, y), atom(a.getProperty(), y, z)),
                    atom(a.getProperty(), x, z)));
        }
        if (axiom instanceof OWLSubPropertyChainOfAxiom a) {
            List<Atom> body = new ArrayList<>();
            Term first = fresh();
            Term previous = first;
            for (OWLObjectPropertyExpression link : a.getPropertyChain()) {
                Term next = fresh();
                body.add(atom(link, previous, next));
                previous = next;
            }
            return List.of(rule(body, atom(a.getSuperProperty(), first, previous)));
        }
        if (axiom instanceof OWLObjectPropertyDomainAxiom a) {
            Term x = fresh();
            Term y = fresh();
            return conclude(new Conjunction(List.of(atom(a.getProperty(), x, y)), Map.of()), a.getDomain(), x);
        }
        if (axiom instanceof OWLObjectPropertyRangeAxiom a) {
            Term x = fresh();
            Term y = fresh();
            return conclude(new Conjunction(List.of(atom(a.getProperty(), x, y)), Map.of()), a.getRange(), y);
        }
        if (axiom instanceof OWLDataPropertyDomainAxiom a) {
            Term x = fresh();
            Term y = fresh();
            return conclude(new Conjunction(List.of(dataAtom(a.getProperty(), x, y)), Map.of()), a.getDomain(), x);
        }
        if (axiom instanceof OWLDisjointObjectPropertiesAxiom a) {
            List<Rule> rules = new ArrayList<>();
            List<OWLObjectPropertyExpression> properties = new ArrayList<>(a.getProperties());
            for (int i = 0; i < properties.size(); i++) {
                for (int j = i + 1; j < properties.size(); j++) {
                    Term x = fresh();
                    Term y = fresh();
                    rules.add(rule(List.of(atom(properties.get(i), x, y), atom(properties.get(j), x, y)), null));
                }
            }
            return rules;
        }
        if (axiom instanceof OWLAsymmetricObjectPropertyAxiom a) {
            Term x = fresh();
            Term y = fresh();
            return List.of(rule(List.of(atom(a.getProperty(), x, y), atom(a.getProperty(), y, x)), null));
        }
        if (axiom instanceof OWLIrreflexiveObjectPropertyAxiom a) {
            Term x = fresh();
            return List.of(rule(List.of(atom(a.getProperty(), x, x)), null));
        }
        if (axiom instanceof OWLClassAssertionAxiom a) {
            // Named class assertions are read as triples; a complex one says something of its
            // individual that only rules can add.
            if (a.getClassExpression().isNamed()) {
                return List.of();
            }
            return conclude(Conjunction.empty(), a.getClassExpression(), Term.of(individual(a.getIndividual())));
        }
        if (axiom instanceof OWLNegativeObjectPropertyAssertionAxiom a) {
            return List.of(rule(List.of(atom(a.getProperty(), Term.of(individual(a.getSubject())),
                    Term.of(individual(a.getObject())))), null));
        }
        if (axiom instanceof OWLSameIndividualAxiom) {
            throw new Unsupported("owl:sameAs between individuals needs equality reasoning");
        }
        if (ignorable(axiom)) {
            return List.of();
        }
        throw new Unsupported(axiom.getAxiomType() + " needs equality or anonymous individuals");
    }

    /**
     * Axioms that add nothing the contract asks for without equality: declarations,
     * annotations, assertions (read as triples), different-individuals, data ranges
     * (checked apart, see {@link LiteralRanges}).
     */
    private static boolean ignorable(OWLAxiom axiom) {
        return axiom instanceof OWLDeclarationAxiom || axiom.isAnnotationAxiom()
                || axiom instanceof OWLObjectPropertyAssertionAxiom || axiom instanceof OWLDataPropertyAssertionAxiom
                || axiom instanceof OWLDifferentIndividualsAxiom || axiom instanceof OWLDataPropertyRangeAxiom
                || axiom instanceof OWLDatatypeDefinitionAxiom;
    }

    private List<Rule> subClass(OWLClassExpression sub, OWLClassExpression sup) {
        Term x = fresh();
        List<Rule> rules = new ArrayList<>();
        for (Conjunction condition : body(sub, x)) {
            rules.addAll(conclude(condition, sup, x));
        }
        return rules;
    }

    /** Rules "condition → x is an instance of sup". */
    private List<Rule> conclude(Conjunction condition, OWLClassExpression sup, Term x) {
        List<Rule> rules = new ArrayList<>();
        for (Tail tail : head(sup, x)) {
            add(rules, condition.and(tail.extra()), tail.head());
        }
        return rules;
    }

    private void add(List<Rule> rules, Conjunction body, Atom head) {
        if (body == null) {
            return;
        }
        List<Atom> atoms = body.atoms().stream().map(a -> a.substitute(body.fixed())).toList();
        Rule rule = rule(atoms, head == null ? null : head.substitute(body.fixed()));
        if (!rule.isSafe()) {
            throw new Unsupported("a conclusion about every individual (" + rule + ")");
        }
        rules.add(rule);
    }

    /** The alternatives (a disjunction of conjunctions) under which x is an instance of the expression. */
    private List<Conjunction> body(OWLClassExpression expression, Term x) {
        if (expression.isOWLThing()) {
            return List.of(Conjunction.empty());
        }
        if (expression instanceof OWLClass c) {
            return List.of(new Conjunction(List.of(typeAtom(x, c)), Map.of()));
        }
        if (expression instanceof OWLObjectIntersectionOf i) {
            List<Conjunction> alternatives = List.of(Conjunction.empty());
            for (OWLClassExpression operand : i.getOperandsAsList()) {
                List<Conjunction> next = new ArrayList<>();
                for (Conjunction left : alternatives) {
                    for (Conjunction right : body(operand, x)) {
                        Conjunction both = left.and(right);
                        if (both != null) {
                            next.add(both);
                        }
                    }
                }
                alternatives = next;
            }
            return alternatives;
        }
        if (expression instanceof OWLObjectUnionOf u) {
            List<Conjunction> alternatives = new ArrayList<>();
            u.getOperandsAsList().forEach(operand -> alternatives.addAll(body(operand, x)));
            return alternatives;
        }
        if (expression instanceof OWLObjectSomeValuesFrom s) {
            Term y = fresh();
            Conjunction link = new Conjunction(List.of(atom(s.getProperty(), x, y)), Map.of());
            List<Conjunction> alternatives = new ArrayList<>();
            for (Conjunction filler : body(s.getFiller(), y)) {
                Conjunction both = link.and(filler);
                if (both != null) {
                    alternatives.add(both);
                }
            }
            return alternatives;
        }
        if (expression instanceof OWLObjectHasValue h) {
            return List.of(new Conjunction(List.of(atom(h.getProperty(), x, Term.of(individual(h.getFiller())))),
                    Map.of()));
        }
        if (expression instanceof OWLObjectHasSelf h) {
            return List.of(new Conjunction(List.of(atom(h.getProperty(), x, x)), Map.of()));
        }
        if (expression instanceof OWLObjectOneOf o) {
            List<Conjunction> alternatives = new ArrayList<>();
            o.individuals().forEach(i -> alternatives.add(equal(x, individual(i))));
            return alternatives.stream().filter(a -> a != null).toList();
        }
        if (expression instanceof OWLDataSomeValuesFrom d && d.getFiller().isTopDatatype()) {
            return List.of(new Conjunction(List.of(dataAtom(d.getProperty(), x, fresh())), Map.of()));
        }
        if (expression instanceof OWLDataHasValue d) {
            return List.of(new Conjunction(List.of(dataAtom(d.getProperty(), x, Term.of(literal(d.getFiller())))),
                    Map.of()));
        }
        throw new Unsupported("a condition of the form " + expression.getClassExpressionType());
    }

    private static Conjunction equal(Term x, Node value) {
        if (!x.isVariable()) {
            return x.constant().equals(value) ? Conjunction.empty() : null;
        }
        return new Conjunction(List.of(), Map.of(x.variable(), value));
    }

    /** What "x is an instance of the expression" adds, as (extra conditions, head) pairs. */
    private List<Tail> head(OWLClassExpression expression, Term x) {
        if (expression.isOWLThing()) {
            return List.of();
        }
        if (expression.isOWLNothing()) {
            return List.of(new Tail(Conjunction.empty(), null));
        }
        if (expression instanceof OWLClass c) {
            return List.of(new Tail(Conjunction.empty(), typeAtom(x, c)));
        }
        if (expression instanceof OWLObjectIntersectionOf i) {
            List<Tail> tails = new ArrayList<>();
            i.getOperandsAsList().forEach(operand -> tails.addAll(head(operand, x)));
            return tails;
        }
        if (expression instanceof OWLObjectHasValue h) {
            return List.of(new Tail(Conjunction.empty(), atom(h.getProperty(), x, Term.of(individual(h.getFiller())))));
        }
        if (expression instanceof OWLObjectSomeValuesFrom s && s.getFiller() instanceof OWLObjectOneOf o
                && o.individuals().count() == 1) {
            Node value = individual(o.individuals().findFirst().orElseThrow());
            return List.of(new Tail(Conjunction.empty(), atom(s.getProperty(), x, Term.of(value))));
        }
        if (expression instanceof OWLObjectHasSelf h) {
            return List.of(new Tail(Conjunction.empty(), atom(h.getProperty(), x, x)));
        }
        if (expression instanceof OWLDataHasValue d) {
            return List.of(new Tail(Conjunction.empty(), dataAtom(d.getProperty(), x, Term.of(literal(d.getFiller())))));
        }
        if (expression instanceof OWLObjectAllValuesFrom a) {
            Term y = fresh();
            Conjunction link = new Conjunction(List.of(atom(a.getProperty(), x, y)), Map.of());
            List<Tail> tails = new ArrayList<>();
            for (Tail tail : head(a.getFiller(), y)) {
                tails.add(new Tail(link.and(tail.extra()), tail.head()));
            }
            return tails;
        }
        if (expression instanceof OWLObjectComplementOf c) {
            return body(c.getOperand(), x).stream().map(condition -> new Tail(condition, null)).toList();
        }
        if (expression instanceof OWLObjectMaxCardinality m && m.getCardinality() == 0) {
            Term y = fresh();
            Conjunction link = new Conjunction(List.of(atom(m.getProperty(), x, y)), Map.of());
            return body(m.getFiller(), y).stream().map(filler -> new Tail(link.and(filler), null)).toList();
        }
        throw new Unsupported("a conclusion of the form " + expression.getClassExpressionType());
    }

    private Rule rule(List<Atom> body, Atom head) {
        return new Rule(body, head, origin);
    }

    private Term fresh() {
        return Term.var(variables++);
    }

    private static Atom typeAtom(Term x, OWLClass c) {
        return new Atom(x, TYPE, Term.of(NodeFactory.createURI(c.getIRI().toString())));
    }

    private static Atom atom(OWLObjectPropertyExpression property, Term subject, Term object) {
        if (property.isOWLTopObjectProperty() || property.isOWLBottomObjectProperty()) {
            throw new Unsupported("the top or bottom object property");
        }
        Node predicate = NodeFactory.createURI(property.getNamedProperty().getIRI().toString());
        return property.isAnonymous() ? new Atom(object, predicate, subject) : new Atom(subject, predicate, object);
    }

    private static Atom dataAtom(OWLDataPropertyExpression property, Term subject, Term object) {
        if (property.isOWLTopDataProperty() || property.isOWLBottomDataProperty()) {
            throw new Unsupported("the top or bottom data property");
        }
        return new Atom(subject, NodeFactory.createURI(property.asOWLDataProperty().getIRI().toString()), object);
    }

    private static Node individual(OWLIndividual individual) {
        if (!individual.isNamed()) {
            throw new Unsupported("an anonymous individual in an axiom");
        }
        return NodeFactory.createURI(individual.asOWLNamedIndividual().getIRI().toString());
    }

    static Node literal(OWLLiteral literal) {
        return literal.hasLang()
                ? NodeFactory.createLiteralLang(literal.getLiteral(), literal.getLang())
                : NodeFactory.createLiteralDT(literal.getLiteral(),
                        TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().getIRI().toString()));
    }
}
