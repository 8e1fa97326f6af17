package dev.xreport.derive;

import dev.xreport.model.Dims;
import dev.xreport.model.FactKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Arithmetic over facts, for the report's own {@code checks:}:
 * {@code NetProfit@FY2022 / ((Equity@I2022 + Equity@I2021) / 2)}. Facts are written
 * {@code Concept@Period} with optional {@code [Axis=Member,...]}; numbers, + − × ÷ and
 * parentheses as usual. Exact decimal arithmetic (division to 34 significant digits).
 */
public sealed interface Expression {

    /** The value, or empty when a fact it refers to is not stated. */
    Optional<BigDecimal> evaluate(Function<FactKey, Optional<BigDecimal>> facts);

    /** The facts it refers to. */
    List<FactKey> references();

    record Number(BigDecimal value) implements Expression {
        public Optional<BigDecimal> evaluate(Function<FactKey, Optional<BigDecimal>> facts) {
            return Optional.of(value);
        }

        public List<FactKey> references() {
            return List.of();
        }
    }

    record Ref(FactKey key) implements Expression {
        public Optional<BigDecimal> evaluate(Function<FactKey, Optional<BigDecimal>> facts) {
            return facts.apply(key);
        }

        public List<FactKey> references() {
            return List.of(key);
        }
    }

    record Negate(Expression operand) implements Expression {
        public Optional<BigDecimal> evaluate(Function<FactKey, Optional<BigDecimal>> facts) {
            return operand.evaluate(facts).map(BigDecimal::negate);
        }

        public List<FactKey> references() {
            return operand.references();
        }
    }

    record Binary(char op, Expression left, Expression right) implements Expression {
        public Optional<BigDecimal> evaluate(Function<FactKey, Optional<BigDecimal>> facts) {
            Optional<BigDecimal> l = left.evaluate(facts);
            Optional<BigDecimal> r = right.evaluate(facts);
            if (l.isEmpty() || r.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal a = l.get();
            BigDecimal b = r.get();
            return switch (op) {
                case '+' -> Optional.of(a.add(b));
                case '-' -> Optional.of(a.subtract(b));
                case '*' -> Optional.of(a.multiply(b));
                default -> b.signum() == 0 ? Optional.empty() : Optional.of(a.divide(b, MathContext.DECIMAL128));
            };
        }

        public List<FactKey> references() {
            List<FactKey> all = new ArrayList<>(left.references());
            all.addAll(right.references());
            return all;
        }
    }

    /** Thrown by {@link #parse} with the 0-based offset of the problem. */
    final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        SyntaxError(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    static Expression parse(String text) throws SyntaxError {
        Parser p = new Parser(text);
        Expression e = p.expression();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new SyntaxError("unexpected \"" + text.charAt(p.pos) + "\"", p.pos);
        }
        return e;
    }

    /**
     * Recursive descent over the grammar in the type comment. Parsing, evaluating and listing the
     * references recurse once per level of the tree, so its depth is bounded: nesting (parentheses and
     * signs) and the operations in one expression are limited far beyond any check a report writes.
     */
    final class Parser {
        static final int MAX_NESTING = 100;
        static final int MAX_OPERATIONS = 1000;
        private final String s;
        private int pos;
        private int nesting;
        private int operations;

        private Parser(String s) {
            this.s = s;
        }

        Expression expression() throws SyntaxError {
            Expression e = term();
            for (skipSpace(); pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-'); skipSpace()) {
                char op = s.charAt(pos++);
                counted();
                e = new Binary(op, e, term());
            }
            return e;
        }

        private Expression term() throws SyntaxError {
            Expression e = factor();
            for (skipSpace(); pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/'); skipSpace()) {
                char op = s.charAt(pos++);
                counted();
                e = new Binary(op, e, factor());
            }
            return e;
        }

        private Expression factor() throws SyntaxError {
            skipSpace();
            if (pos >= s.length()) {
                throw new SyntaxError("the expression ends too early", pos);
            }
            char c = s.charAt(pos);
            if (c == '-') {
                nest();
                pos++;
                Expression e = new Negate(factor());
                nesting--;
                return e;
            }
            if (c == '(') {
                nest();
                pos++;
                Expression e = expression();
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw new SyntaxError("a \")\" is missing", pos);
                }
                pos++;
                nesting--;
                return e;
            }
            if (Character.isDigit(c)) {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                try {
                    return new Number(new BigDecimal(s.substring(start, pos)));
                } catch (NumberFormatException e) {
                    throw new SyntaxError("\"" + s.substring(start, pos) + "\" is not a number", start);
                }
            }
            if (Character.isLetter(c) || c == '_') {
                return reference();
            }
            throw new SyntaxError("unexpected \"" + c + "\"", pos);
        }

        private void nest() throws SyntaxError {
            if (++nesting > MAX_NESTING) {
                throw new SyntaxError("parentheses and signs nested more than " + MAX_NESTING + " deep", pos);
            }
        }

        private void counted() throws SyntaxError {
            if (++operations > MAX_OPERATIONS) {
                throw new SyntaxError("more than " + MAX_OPERATIONS + " operations in one expression", pos - 1);
            }
        }

        private Expression reference() throws SyntaxError {
            String concept = name();
            if (pos >= s.length() || s.charAt(pos) != '@') {
                throw new SyntaxError("write a fact as Concept@Period", pos);
            }
            pos++;
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "_.-".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            // a period id may contain '-' (FY-2024); a '-' that runs into the next fact, or ends the
            // id, was a subtraction written without spaces: Equity@I2022-Equity@I2021
            if (pos < s.length() && s.charAt(pos) == '@' || s.charAt(pos - 1) == '-') {
                int minus = s.lastIndexOf('-', pos - 1);
                if (pos < s.length() && s.charAt(pos) == '@') {
                    while (minus > start && !isNameStart(s, minus + 1)) {
                        minus = s.lastIndexOf('-', minus - 1);
                    }
                }
                if (minus > start) {
                    pos = minus;
                }
            }
            if (pos == start) {
                throw new SyntaxError("a period id is missing after \"@\"", pos);
            }
            String period = s.substring(start, pos);
            Map<String, String> dims = new LinkedHashMap<>();
            if (pos < s.length() && s.charAt(pos) == '[') {
                int close = s.indexOf(']', pos);
                if (close < 0) {
                    throw new SyntaxError("a \"]\" is missing", pos);
                }
                for (String pair : s.substring(pos + 1, close).split(",")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                        throw new SyntaxError("write dims as [Axis=Member,...]", pos);
                    }
                    dims.put(kv[0].strip(), kv[1].strip());
                }
                pos = close + 1;
            }
            return new Ref(new FactKey(concept, period, Dims.of(dims)));
        }

        private static boolean isNameStart(String s, int i) {
            return i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_');
        }

        private String name() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            return s.substring(start, pos);
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
