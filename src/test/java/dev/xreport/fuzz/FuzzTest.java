package dev.xreport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seeded, deterministic mutation fuzzer of the report loader (with the report validator), the
 * XBRL validator and the Inline XBRL validator. Input {@code i} of a run is a function of the seed
 * and {@code i} alone: a seed file (see {@link FuzzTargets}) mutated by {@link Mutator}, sometimes
 * spliced with another seed. The oracle: whatever the input, the target gives findings; any
 * Throwable that escapes is a crash, and so is an input that runs longer than {@link #HANG_SECONDS}.
 * Crashing inputs are written to {@code target/fuzz-crashes/<hash>.<ext>} (a folder for a report of
 * several files), with the stack trace beside them, and the test fails listing them. A finding about
 * the input's syntax with no line is printed as suspicious (inputs in {@code target/fuzz-suspicious/}),
 * not failed. Once fixed, a crashing input goes to {@code src/test/resources/fuzz/} (named by what it
 * broke), where {@link FuzzReplayTest} replays it for good.
 *
 * <p>Longer local runs: {@code mvn -o -q test -Dtest=FuzzTest -Dfuzz.count=200000 -Dfuzz.seed=7}
 * ({@code fuzz.count} report inputs; {@code fuzz.xbrl} and {@code fuzz.inline} default to a share of it;
 * {@code fuzz.threads} workers, at most two by default; {@code -Dfuzz.webank=true} adds the embedded
 * WeBank report to the report seeds).
 */
class FuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20241126L);
    /** Report inputs through the loader and the report validator. */
    private static final int COUNT = Integer.getInteger("fuzz.count", 15_000);
    /** XBRL instances, schemas and linkbases through the XBRL validator (each does XML Schema validation). */
    private static final int XBRL_COUNT = Integer.getInteger("fuzz.xbrl", COUNT / 6);
    /** Inline XBRL documents through extraction and the XBRL validator. */
    private static final int INLINE_COUNT = Integer.getInteger("fuzz.inline", COUNT / 25);
    private static final int THREADS = Integer.getInteger("fuzz.threads", Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** An input still running after this many seconds is a crash (a hang). */
    static final int HANG_SECONDS = Integer.getInteger("fuzz.hang", 30);
    /** Slower than this is printed (and the input kept in target/fuzz-slow/), not failed. */
    private static final long SLOW_MS = 2_000;
    private static final Path CRASHES = Path.of("target/fuzz-crashes");
    private static final Path SUSPICIOUS = Path.of("target/fuzz-suspicious");
    private static final Path SLOW = Path.of("target/fuzz-slow");

    private static List<FuzzTargets.ReportSeed> reportSeeds;
    private static List<FuzzTargets.XmlSeed> xbrlSeeds;
    private static List<FuzzTargets.XmlSeed> inlineSeeds;

    @BeforeAll
    static void seeds() throws IOException {
        reportSeeds = FuzzTargets.reportSeeds();
        xbrlSeeds = FuzzTargets.xbrlSeeds();
        inlineSeeds = FuzzTargets.inlineSeeds();
    }

    @Test
    void theLoaderAndTheReportValidatorGiveFindingsNeverExceptions() {
        Campaign c = new Campaign("loader", i -> {
            SplittableRandom r = random(i, 1);
            FuzzTargets.ReportSeed seed = reportSeeds.get(r.nextInt(reportSeeds.size()));
            String file = seed.mutate().get(r.nextInt(seed.mutate().size()));
            FuzzTargets.ReportSeed partner = reportSeeds.get(r.nextInt(reportSeeds.size()));
            byte[] other = partner.files().get(partner.mutate().get(0));
            Map<String, byte[]> files = new LinkedHashMap<>(seed.files());
            files.put(file, new Mutator(r, Mutator.Kind.REPORT).mutate(seed.files().get(file), other));
            return new ReportInput(seed, file, files, r.nextInt(8) == 0);
        });
        c.run(COUNT);
        c.assertNoCrash();
    }

    @Test
    void theXbrlValidatorGivesFindingsNeverExceptions() {
        Campaign c = new Campaign("xbrl", i -> {
            SplittableRandom r = random(i, 2);
            FuzzTargets.XmlSeed seed = xbrlSeeds.get(r.nextInt(xbrlSeeds.size()));
            // schemas compile anew when mutated: fewer of them
            if (seed.ext().equals("xsd") && r.nextInt(3) > 0) {
                seed = xbrlSeeds.get(r.nextInt(xbrlSeeds.size()));
            }
            byte[] other = xbrlSeeds.get(r.nextInt(xbrlSeeds.size())).bytes();
            return new XbrlInput(seed, new Mutator(r, Mutator.Kind.XML).mutate(seed.bytes(), other), r.nextBoolean());
        });
        c.run(XBRL_COUNT);
        c.assertNoCrash();
    }

    @Test
    void theInlineXbrlValidatorGivesFindingsNeverExceptions() {
        Campaign c = new Campaign("inline", i -> {
            SplittableRandom r = random(i, 3);
            FuzzTargets.XmlSeed seed = inlineSeeds.get(r.nextInt(4) == 0 ? 1 : 0);
            byte[] other = r.nextInt(4) == 0 ? xbrlSeeds.get(r.nextInt(xbrlSeeds.size())).bytes()
                    : inlineSeeds.get(r.nextInt(inlineSeeds.size())).bytes();
            return new InlineInput(seed, new Mutator(r, Mutator.Kind.XML).mutate(seed.bytes(), other), r.nextBoolean());
        });
        c.run(INLINE_COUNT);
        c.assertNoCrash();
    }

    /** The random stream of input {@code i} of campaign {@code stream}: depends on the seed, the campaign and i only. */
    private static SplittableRandom random(int i, int stream) {
        return new SplittableRandom(mix(mix(mix(SEED) + stream) + i));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    // ---------------------------------------------------------------- inputs

    /** One mutated input: what it runs, and how it is kept when it crashes. */
    private interface Input {
        /** Runs the target; {@code worker} names a scratch folder of this thread's own. */
        List<Finding> run(int worker) throws Exception;

        /** The bytes that identify the input. */
        byte[] bytes();

        /** Writes the input as {@code <dir>/<name>.<ext>} (or a folder), returning what it wrote. */
        Path save(Path dir, String name) throws IOException;

        String describe();
    }

    /** A report; one in eight is read from a folder on disk even when it could be served from memory. */
    private record ReportInput(FuzzTargets.ReportSeed seed, String mutated, Map<String, byte[]> files, boolean onDisk) implements Input {
        @Override
        public List<Finding> run(int worker) throws Exception {
            return FuzzTargets.loadAndValidate(seed.entry(), files, FuzzTargets.WORK.resolve("loader-" + worker), onDisk);
        }

        @Override
        public byte[] bytes() {
            return files.get(mutated);
        }

        @Override
        public Path save(Path dir, String name) throws IOException {
            if (files.size() == 1) {
                String entry = seed.entry();
                Path p = dir.resolve(name + entry.substring(entry.lastIndexOf('.')));
                Files.write(p, files.get(entry));
                return p;
            }
            Path folder = dir.resolve(name);
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
            return folder;
        }

        @Override
        public String describe() {
            return seed.name() + " with " + mutated + " mutated";
        }
    }

    private record XbrlInput(FuzzTargets.XmlSeed seed, byte[] bytes, boolean calculations11) implements Input {
        @Override
        public List<Finding> run(int worker) throws Exception {
            return FuzzTargets.validateXbrl(bytes, "input." + seed.ext(), calculations11);
        }

        @Override
        public Path save(Path dir, String name) throws IOException {
            Path p = dir.resolve(name + "." + seed.ext());
            Files.write(p, bytes);
            return p;
        }

        @Override
        public String describe() {
            return "mutated " + seed.name() + (calculations11 ? " (Calculations 1.1 mode)" : "");
        }
    }

    private record InlineInput(FuzzTargets.XmlSeed seed, byte[] bytes, boolean calculations11) implements Input {
        @Override
        public List<Finding> run(int worker) throws Exception {
            return FuzzTargets.validateInline(bytes, FuzzTargets.inlineFolder("inline-" + worker).resolve("input.xhtml"), calculations11);
        }

        @Override
        public Path save(Path dir, String name) throws IOException {
            Path p = dir.resolve(name + ".xhtml");
            Files.write(p, bytes);
            return p;
        }

        @Override
        public String describe() {
            return "mutated " + seed.name() + (calculations11 ? " (Calculations 1.1 mode)" : "");
        }
    }

    // ---------------------------------------------------------------- the run

    /** One target's run: makes input i, runs it on a worker, and keeps what the oracle says. */
    private static final class Campaign {
        private static final int BATCH = 256;
        private static final AtomicInteger WORKERS = new AtomicInteger();
        private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
        private static final ThreadLocal<Integer> WORKER = ThreadLocal.withInitial(WORKERS::incrementAndGet);

        private final String target;
        private final java.util.function.IntFunction<Input> make;
        private final AtomicInteger withFindings = new AtomicInteger();
        private final AtomicLong maxMillis = new AtomicLong();
        /** CPU time of the workers, which a machine shared with other work does not inflate as it does the wall time. */
        private final AtomicLong cpuNanos = new AtomicLong();
        /** Crash signature (exception and the xreport frame it left) → the inputs kept, and how many there were. */
        private final Map<String, List<String>> crashes = new TreeMap<>();
        private final Map<String, Integer> crashCounts = new TreeMap<>();
        private final Map<String, int[]> suspicious = new TreeMap<>();
        private final Map<String, String> suspiciousExample = new TreeMap<>();
        private final Map<String, Integer> codes = new TreeMap<>();
        private final List<String> slow = new ArrayList<>();

        Campaign(String target, java.util.function.IntFunction<Input> make) {
            this.target = target;
            this.make = make;
        }

        void run(int count) {
            long t0 = System.nanoTime();
            ExecutorService pool = pool();
            try {
                for (int from = 0; from < count; from += BATCH) {
                    int n = Math.min(BATCH, count - from);
                    AtomicReferenceArray<Input> inputs = new AtomicReferenceArray<>(n);
                    java.util.concurrent.atomic.AtomicIntegerArray started = new java.util.concurrent.atomic.AtomicIntegerArray(n);
                    List<Future<?>> futures = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        futures.add(submit(pool, from, k, inputs, started));
                    }
                    for (int k = 0; k < n; k++) {
                        try {
                            futures.get(k).get(HANG_SECONDS, TimeUnit.SECONDS);
                        } catch (TimeoutException e) {
                            Input input = inputs.get(k);
                            crash(from + k, input, new AssertionError("still running after " + HANG_SECONDS + " s: "
                                    + (input == null ? "?" : input.describe())), "hang");
                            // the stuck worker is a daemon and stays stuck; what had not started runs on a new pool
                            pool.shutdownNow();
                            pool = pool();
                            for (int j = k + 1; j < n; j++) {
                                if (started.get(j) == 0) {
                                    futures.set(j, submit(pool, from, j, inputs, started));
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        } catch (ExecutionException e) {
                            throw new IllegalStateException("the fuzzer itself failed on input " + (from + k), e.getCause());
                        }
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            int crashed = crashCounts.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("fuzz %s: %d inputs in %d ms, %d with findings, %d crashes (seed %d, %d threads, %d ms CPU in the targets, slowest input %d ms)%n",
                    target, count, ms, withFindings.get(), crashed, SEED, THREADS, cpuNanos.get() / 1_000_000, maxMillis.get());
            System.out.println("fuzz " + target + ": finding codes seen: " + codes);
            suspicious.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).limit(12)
                    .forEach(e -> System.out.printf("fuzz %s: suspicious, input-syntax finding with no line (%d inputs, e.g. %s): %s%n",
                            target, e.getValue()[0], suspiciousExample.get(e.getKey()), e.getKey()));
            if (suspicious.size() > 12) {
                System.out.printf("fuzz %s: suspicious: %d more kinds%n", target, suspicious.size() - 12);
            }
            slow.forEach(s -> System.out.println("fuzz " + target + ": slow input " + s));
        }

        /** Input {@code from + slot}, made and run on {@code pool}. */
        private Future<?> submit(ExecutorService pool, int from, int slot, AtomicReferenceArray<Input> inputs,
                java.util.concurrent.atomic.AtomicIntegerArray started) {
            return pool.submit(() -> {
                if (!started.compareAndSet(slot, 0, 1)) {
                    return; // taken by a worker of the pool a hang replaced
                }
                Input input = make.apply(from + slot);
                inputs.set(slot, input);
                one(from + slot, input);
            });
        }

        private static ExecutorService pool() {
            return Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "fuzz-worker");
                t.setDaemon(true);
                return t;
            });
        }

        /** Runs input {@code index} and classifies what happened. */
        private void one(int index, Input input) {
            long t0 = System.nanoTime();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            List<Finding> findings;
            try {
                findings = input.run(WORKER.get());
            } catch (Throwable t) {
                crash(index, input, t, signature(t));
                return;
            } finally {
                cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpu0);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            maxMillis.accumulateAndGet(ms, Math::max);
            if (ms > SLOW_MS) {
                synchronized (this) {
                    slow.add(ms + " ms: input " + index + ", " + input.describe() + ", kept as " + keep(SLOW, input));
                }
            }
            if (!findings.isEmpty()) {
                withFindings.incrementAndGet();
            }
            synchronized (this) {
                for (Finding f : findings) {
                    codes.merge(f.code().id(), 1, Integer::sum);
                    if (f.code().stage() == Code.Stage.INPUT && f.source().line() <= 0) {
                        String key = f.code().id() + " " + normalized(f.message());
                        int[] n = suspicious.computeIfAbsent(key, k -> new int[1]);
                        if (n[0]++ == 0) {
                            suspiciousExample.put(key, keep(SUSPICIOUS, input));
                        }
                    }
                }
            }
        }

        private synchronized void crash(int index, Input input, Throwable t, String signature) {
            crashCounts.merge(signature, 1, Integer::sum);
            List<String> kept = crashes.computeIfAbsent(signature, k -> new ArrayList<>());
            if (kept.size() >= 3 || input == null) {
                return;
            }
            String where = keep(CRASHES, input);
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            try {
                Files.writeString(Path.of(where + ".stacktrace"), "input " + index + " of seed " + SEED + ": "
                        + input.describe() + "\n" + trace);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            kept.add(where + " (input " + index + ", " + input.describe() + ")");
        }

        void assertNoCrash() {
            StringBuilder sb = new StringBuilder();
            crashes.forEach((signature, kept) -> {
                sb.append("\n").append(signature).append(" (").append(crashCounts.get(signature)).append(" inputs)");
                kept.forEach(k -> sb.append("\n    ").append(k));
            });
            assertThat(crashes).as("fuzz %s: crashes (each input kept, with its .stacktrace beside it; copy an input into "
                    + "src/test/resources/fuzz/ to replay it as it crashed):%s", target, sb).isEmpty();
        }

        /** The input, written as {@code <dir>/<hash>.<ext>}. */
        private static String keep(Path dir, Input input) {
            try {
                Files.createDirectories(dir);
                return input.save(dir, hash(input.bytes())).toString();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The exception and the first xreport frame it went through: one line per bug, not per input. */
        private static String signature(Throwable t) {
            String frame = "?";
            for (StackTraceElement e : t.getStackTrace()) {
                if (e.getClassName().startsWith("dev.xreport.") && !e.getClassName().startsWith("dev.xreport.fuzz.")) {
                    frame = e.getClassName().replace("dev.xreport.", "") + "." + e.getMethodName() + ":" + e.getLineNumber();
                    break;
                }
            }
            return t.getClass().getName() + " at " + frame;
        }

        /** The message with its particulars (quoted words, numbers, a lone word) masked, to group findings by kind. */
        private static String normalized(String message) {
            if (!message.strip().contains(" ")) {
                return "(a message of one word, such as an encoding name)";
            }
            String s = message.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "#");
            return s.length() > 90 ? s.substring(0, 90) + "…" : s;
        }
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
