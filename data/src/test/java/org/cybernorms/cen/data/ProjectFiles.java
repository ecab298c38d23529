package org.cybernorms.cen.data;

import java.nio.file.Path;

/**
 * Where the tests find the files they check, relative to this module's folder: the data,
 * the shapes and the seed documents kept beside the project (not in a user's clone).
 */
final class ProjectFiles {

    private ProjectFiles() {}

    /** The data module's folder (Surefire sets {@code basedir}; else the working folder). */
    static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        return (basedir == null ? Path.of("") : Path.of(basedir)).toAbsolutePath().normalize();
    }

    static Path dataDir() {
        return moduleDir().resolve("src/main/resources/data");
    }

    static Path shapesDir() {
        return moduleDir().resolve("src/main/resources/shapes");
    }

    /** The five source documents; absent outside the development workspace. */
    static Path seedsDir() {
        return moduleDir().resolve("../../shared/seeds").normalize();
    }

    static Path testResource(String relative) {
        return moduleDir().resolve("src/test/resources").resolve(relative);
    }
}
