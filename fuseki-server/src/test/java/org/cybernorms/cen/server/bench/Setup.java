package org.cybernorms.cen.server.bench;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A server setup under measurement: its name in the report, what it is, and the command
 * that starts it on a port.
 */
record Setup(String name, String description, IntFunction<List<String>> command) {}
