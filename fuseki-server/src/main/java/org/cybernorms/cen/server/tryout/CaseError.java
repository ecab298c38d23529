package org.cybernorms.cen.server.tryout;

/**
 * One error in a tried case.
 *
 * @param line the 1-based line of the case it points to, or 0 when none is known
 * @param column the 1-based column, or 0
 * @param message what is wrong, in the words of the parser, the shape or the reasoner
 */
record CaseError(long line, long column, String message) {}
