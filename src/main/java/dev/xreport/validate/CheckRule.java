package dev.xreport.validate;

import dev.xreport.derive.Amounts;
import dev.xreport.derive.Cells;
import dev.xreport.derive.Expression;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Check;
import dev.xreport.model.Fact;
import dev.xreport.model.Report;
import dev.xreport.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * XR-CALC-503: the report's own {@code checks:} hold. When the left side is one fact, the right
 * side is rounded (half up) to that fact's decimals before comparing, so a reported 1.47% agrees
 * with 0.014749...; otherwise the two sides must be equal exactly.
 */
final class CheckRule implements Rule {
    @Override
    public void check(Report report, Cells cells, Findings findings) {
        for (Check check : report.checks()) {
            Expression left;
            Expression right;
            try {
                left = Expression.parse(check.left());
                right = Expression.parse(check.right());
            } catch (Expression.SyntaxError e) {
                continue; // reported by the loader
            }
            Optional<BigDecimal> l = left.evaluate(k -> cells.facts().get(k).map(Fact::value));
            Optional<BigDecimal> r = right.evaluate(k -> cells.facts().get(k).map(Fact::value));
            if (l.isEmpty() || r.isEmpty()) {
                continue; // a missing fact is reported by the reference check; division by zero is no finding
            }
            BigDecimal expected = r.get();
            Unit unit = null;
            if (left instanceof Expression.Ref ref) {
                Optional<Fact> fact = cells.facts().get(ref.key());
                Integer decimals = fact.map(Fact::decimals).orElse(null);
                if (decimals != null) {
                    expected = expected.setScale(decimals, RoundingMode.HALF_UP);
                }
                unit = fact.map(f -> report.units().get(f.unit())).orElse(null);
            }
            if (l.get().compareTo(expected) != 0) {
                String before = expected.compareTo(r.get()) != 0
                        ? " (" + r.get().round(new MathContext(10)).toPlainString() + " before rounding)" : "";
                findings.add(Code.CALC_CHECK, check.source(), "check \"" + check.id() + "\" does not hold: "
                        + check.left() + " is " + Amounts.describe(l.get(), unit, report.scale()) + " but "
                        + check.right() + " gives " + Amounts.describe(expected, unit, report.scale()) + before);
            }
        }
    }
}
