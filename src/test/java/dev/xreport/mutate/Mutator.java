package dev.xreport.mutate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes broken copies of XBRL instances and their taxonomies, deterministically: the same seed,
 * mutations and bases give the same copies, byte for byte.
 *
 * <p>Copy {@code i} applies mutation {@code i mod n} (so every kind gets its share) to a base chosen
 * in turn (each base taking {@link Base#turns()} turns of the rotation), moving on to the next base
 * when that one offers the mutation nothing to change; what it changes within the base is chosen by
 * a random generator seeded with the seed and {@code i}.
 *
 * <pre>{@code
 * List<Mutant> copies = new Mutator(Mutations.all(), 20261207).make(bases, 300, Path.of("target/mutants"));
 * }</pre>
 */
public final class Mutator {
    /** The kind of an unchanged copy of a base. */
    public static final String BASELINE = "baseline";
    /** The kind of a copy of a base whose every document was read and written again by the mutator. */
    public static final String REWRITTEN = "baseline:rewritten";

    private final List<Mutation> mutations;
    private final long seed;

    public Mutator(List<Mutation> mutations, long seed) {
        if (mutations.isEmpty()) {
            throw new IllegalArgumentException("no mutations");
        }
        this.mutations = List.copyOf(mutations);
        this.seed = seed;
    }

    /**
     * Writes, into new folders under {@code dir}, two baseline copies of each base ({@link #BASELINE} and
     * {@link #REWRITTEN}) and then {@code count} mutants.
     */
    public List<Mutant> make(List<Base> bases, int count, Path dir) throws IOException {
        List<Mutant> made = new ArrayList<>();
        for (Base base : bases) {
            made.add(write(dir, made.size(), base, BASELINE, new XbrlCopy(base), "unchanged"));
            made.add(write(dir, made.size(), base, REWRITTEN, rewritten(base), "every document read and written again"));
        }
        List<Base> rotation = new ArrayList<>();
        for (int turn = 0; rotation.size() < bases.stream().mapToInt(Base::turns).sum(); turn++) {
            for (Base base : bases) {
                if (turn < base.turns()) {
                    rotation.add(base);
                }
            }
        }
        int mutants = 0;
        for (int i = 0; mutants < count; i++) {
            if (i >= count * 2 + mutations.size()) {
                throw new IllegalStateException("only " + mutants + " of " + count + " mutants could be made: "
                        + "the mutations find too little to change in the bases");
            }
            Mutation m = mutations.get(i % mutations.size());
            for (int b = 0; b < rotation.size(); b++) {
                Base base = rotation.get((i / mutations.size() + b) % rotation.size());
                XbrlCopy copy = new XbrlCopy(base);
                Optional<String> change = m.apply(copy, new SplittableRandom(seed * 1_000_003L + i));
                if (change.isPresent()) {
                    made.add(write(dir, made.size(), base, m.kind(), copy, change.get()));
                    mutants++;
                    break;
                }
            }
        }
        return made;
    }

    private static XbrlCopy rewritten(Base base) throws IOException {
        XbrlCopy copy = new XbrlCopy(base);
        copy.openAll();
        return copy;
    }

    private static Mutant write(Path dir, int number, Base base, String kind, XbrlCopy copy, String description)
            throws IOException {
        String id = String.format("m%04d-%s-%s", number, base.name(), kind.replace(':', '_'));
        Path folder = dir.resolve(id);
        if (Files.exists(folder)) {
            throw new IOException(folder + " exists: the mutator writes into new folders only");
        }
        return new Mutant(id, kind, base.name(), description, copy.save(folder));
    }
}
