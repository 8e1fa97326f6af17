package dev.xreport.mutate;

import java.nio.file.Path;

/**
 * What mutants are made from: an XBRL instance and the taxonomy folder beside it that its schemaRef
 * points into.
 *
 * @param name  a short name for the copies and the reports (the report's id)
 * @param turns how many turns this base gets in the {@link Mutator}'s rotation, relative to the others
 *              (fewer for a base that is slow to validate)
 */
public record Base(String name, Path instance, Path taxonomy, int turns) {
    public Base {
        if (turns < 1) {
            throw new IllegalArgumentException("a base needs at least one turn: " + name);
        }
    }

    public Base(String name, Path instance, Path taxonomy) {
        this(name, instance, taxonomy, 1);
    }
}
