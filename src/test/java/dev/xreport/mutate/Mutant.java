package dev.xreport.mutate;

import java.nio.file.Path;

/**
 * One copy the {@link Mutator} made.
 *
 * @param id          its folder's name, e.g. {@code m0042-minimal-arc-dropped_calculation}
 * @param kind        the mutation's kind ({@link Mutation#kind()}), or {@value Mutator#BASELINE}...
 * @param description what was changed, in words
 * @param instance    the instance written, with its taxonomy folder beside it
 */
public record Mutant(String id, String kind, String base, String description, Path instance) {
    /** The family of the kind ("arc-dropped" for "arc-dropped:calculation"). */
    public String family() {
        int colon = kind.indexOf(':');
        return colon < 0 ? kind : kind.substring(0, colon);
    }
}
