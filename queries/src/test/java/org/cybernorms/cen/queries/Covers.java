package org.cybernorms.cen.queries;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test method as checking the rows of a catalogue query on the fixtures.
 * {@link CatalogueCoverageTest} fails when a query of the catalogue has no such test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Covers {
    /** The name of the catalogue query. */
    String value();
}
