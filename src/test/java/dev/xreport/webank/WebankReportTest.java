package dev.xreport.webank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.model.Dims;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.validate.ReportValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded WeBank 2022 report: the figures the issue names, and the statements' arithmetic. */
class WebankReportTest {
    private final Report report = TestSupport.webank();
    private final Cells cells = new Cells(report);

    private BigDecimal value(String concept, String period) {
        return value(concept, period, Dims.NONE);
    }

    private BigDecimal value(String concept, String period, Dims dims) {
        return cells.facts().get(new FactKey(concept, period, dims)).map(Fact::value)
                .orElseThrow(() -> new AssertionError("no fact " + concept + "@" + period + dims));
    }

    private static BigDecimal thousands(long amount) {
        return BigDecimal.valueOf(amount).movePointRight(3);
    }

    @Test
    void loadsWithoutAnyFinding() {
        assertThat(TestSupport.webankLoad().findings().all()).isEmpty();
        Findings findings = new Findings();
        ReportValidator.validate(report, findings);
        // but for three INFO findings: totals the calculation linkbase leaves out, where the 2020
        // key indicators and the 2022 equity statement give a total without all its lines
        assertThat(findings.all()).extracting(f -> f.code().id() + " " + f.message().replaceAll(" of table.*for ", " for ")
                .replaceAll(", which.*", "")).containsExactly(
                "XR-TAX-704 the total ProfitBeforeTax for ProfitBeforeTax@FY2020",
                "XR-TAX-704 the total NetProfit for NetProfit@FY2020",
                "XR-TAX-704 the total AppropriationOfProfits for AppropriationOfProfits@FY2021[EquityComponentsAxis=RetainedEarningsMember]");
    }

    @Test
    void figuresNamedByTheIssue() {
        assertThat(value("Assets", "I2022")).isEqualByComparingTo(thousands(473_861_630));
        assertThat(value("NetProfit", "FY2021")).isEqualByComparingTo(thousands(6_883_757));
        assertThat(value("NonPerformingLoanRatio", "I2022")).isEqualByComparingTo("0.0147");
        assertThat(value("NetCashFlowsFromOperatingActivities", "FY2022")).isEqualByComparingTo(thousands(-43_837_063));
    }

    @Test
    void amountsAreExactInFullCnyWithThousandsPrecision() {
        Fact assets = cells.facts().get(new FactKey("Assets", "I2022", Dims.NONE)).orElseThrow();
        assertThat(assets.value()).isEqualTo(new BigDecimal("473861630000"));
        assertThat(assets.unit()).isEqualTo("CNY");
        assertThat(assets.decimals()).isEqualTo(-3);
        Fact npl = cells.facts().get(new FactKey("NonPerformingLoanRatio", "I2022", Dims.NONE)).orElseThrow();
        assertThat(npl.unit()).isEqualTo("pure");
        assertThat(npl.decimals()).isEqualTo(4);
    }

    /** Every total row of the four statements equals the sum of its lines, both years, recomputed here. */
    @Test
    void everyStatementTotalIsTheSumOfItsLines() {
        int checked = 0;
        for (String id : List.of("balance-sheet", "income-statement", "cash-flow-statement",
                "equity-statement-2022", "equity-statement-2021")) {
            FactTable table = (FactTable) report.table(id).orElseThrow();
            for (Row row : table.rows()) {
                if (row.sum().isEmpty()) {
                    continue;
                }
                for (var column : table.valueColumns()) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Row.Term t : row.sum()) {
                        Row term = table.row(t.row()).orElseThrow();
                        BigDecimal v = cells.value(table, term, column).orElse(BigDecimal.ZERO);
                        sum = sum.add(v.multiply(BigDecimal.valueOf(t.weight())));
                    }
                    BigDecimal total = cells.value(table, row, column).orElse(BigDecimal.ZERO);
                    assertThat(total).as("%s / %s / %s", id, row.label(), column.label()).isEqualByComparingTo(sum);
                    checked++;
                }
            }
        }
        // balance sheet 4 totals, income statement 7, cash flow 11, in 2 columns each (44); the equity
        // statements 3 (2022) and 4 (2021) total rows, each in its 8 columns (56)
        assertThat(checked).isEqualTo(100);
    }

    @Test
    void everyTotalAndSubtotalRowDeclaresItsSum() {
        for (var t : report.tables()) {
            if (t instanceof FactTable table) {
                for (Row row : table.rows()) {
                    if (row.role() == dev.xreport.model.RowRole.TOTAL || row.role() == dev.xreport.model.RowRole.SUBTOTAL) {
                        assertThat(row.sum()).as("%s / %s", table.id(), row.label()).isNotEmpty();
                    }
                }
            }
        }
    }

    @Test
    void balanceSheetBalancesInBothYears() {
        for (String p : List.of("I2022", "I2021")) {
            BigDecimal le = value("Liabilities", p).add(value("Equity", p));
            assertThat(value("Assets", p)).as(p).isEqualByComparingTo(le);
            assertThat(value("LiabilitiesAndEquity", p)).as(p).isEqualByComparingTo(le);
        }
    }

    @Test
    void closingCashIsOpeningCashPlusTheNetChange() {
        assertThat(value("CashAndCashEquivalents", "I2021").add(value("NetIncreaseDecreaseInCashAndCashEquivalents", "FY2022")))
                .isEqualByComparingTo(value("CashAndCashEquivalents", "I2022"));
        assertThat(value("CashAndCashEquivalents", "I2020").add(value("NetIncreaseDecreaseInCashAndCashEquivalents", "FY2021")))
                .isEqualByComparingTo(value("CashAndCashEquivalents", "I2021"));
        assertThat(value("NetIncreaseDecreaseInCashAndCashEquivalents", "FY2022")).isEqualByComparingTo(
                value("NetCashFlowsFromOperatingActivities", "FY2022")
                        .add(value("NetCashFlowsFromInvestingActivities", "FY2022"))
                        .add(value("NetCashFlowsFromFinancingActivities", "FY2022"))
                        .add(value("EffectOfExchangeRateChangesOnCash", "FY2022")));
    }

    /** Each equity component: opening balance + every movement of the year = closing balance. */
    @Test
    void eachEquityComponentRollsForward() {
        List<String> members = List.of("ShareCapitalMember", "CapitalReserveMember", "TreasuryStockMember",
                "OtherComprehensiveIncomeMember", "SurplusReserveMember", "GeneralRiskReserveMember",
                "RetainedEarningsMember");
        Map<String, List<String>> movements = Map.of(
                "FY2022", List.of("ComprehensiveIncome", "CancellationOfTreasuryStock", "AppropriationOfProfits"),
                "FY2021", List.of("ComprehensiveIncome", "OtherChangesInEquity", "AppropriationOfProfits"));
        for (String m : members) {
            Dims dims = Dims.of(Map.of("EquityComponentsAxis", m));
            BigDecimal closing2022 = roll(value("Equity", "I2021", dims), "FY2022", dims, movements.get("FY2022"));
            assertThat(closing2022).as("%s 2022", m).isEqualByComparingTo(value("Equity", "I2022", dims));
            Dims restated = dims.with(Dims.of(Map.of("RetrospectiveAdjustmentAxis", "RestatedMember")));
            BigDecimal opening2021 = value("Equity", "I2020", restated);
            assertThat(value("Equity", "I2020", dims).add(orZero("EquityAdjustmentForChangesInAccountingPolicies", "FY2021", dims)))
                    .as("%s restated opening 2021", m).isEqualByComparingTo(opening2021);
            assertThat(roll(opening2021, "FY2021", dims, movements.get("FY2021")))
                    .as("%s 2021", m).isEqualByComparingTo(value("Equity", "I2021", dims));
        }
    }

    private BigDecimal roll(BigDecimal opening, String period, Dims dims, List<String> movements) {
        BigDecimal v = opening;
        for (String concept : movements) {
            v = v.add(orZero(concept, period, dims));
        }
        return v;
    }

    private BigDecimal orZero(String concept, String period, Dims dims) {
        return cells.facts().get(new FactKey(concept, period, dims)).map(Fact::value).orElse(BigDecimal.ZERO);
    }

    /** The one misprint of the statements is corrected in the data, with the printed figure kept. */
    @Test
    void theCapitalReserveMisprintIsCorrectedAndDocumented() {
        Dims capitalReserve = Dims.of(Map.of("EquityComponentsAxis", "CapitalReserveMember"));
        assertThat(value("CancellationOfTreasuryStock", "FY2022", capitalReserve)).isEqualByComparingTo(thousands(-784_284));
        assertThat(report.corrections()).anySatisfy(c -> {
            assertThat(c.target().toString()).contains("CancellationOfTreasuryStock@FY2022");
            assertThat(c.printed()).isEqualTo("(764,284)");
            assertThat(c.reason()).isNotBlank();
        });
    }

    @Test
    void keyIndicatorDepositsAreThePrincipalNotTheBalanceSheetLine() {
        assertThat(value("DepositsFromCustomersPrincipal", "I2022")).isEqualByComparingTo(thousands(355_440_511));
        assertThat(value("DepositsFromCustomers", "I2022")).isEqualByComparingTo(thousands(356_911_243));
    }

    @Test
    void entityNamesComeFromTheCorporateInformationFacts() {
        assertThat(report.entity().name().in("en")).isEqualTo("WeBank Co., Ltd.");
        assertThat(report.entity().name().in("zh")).isEqualTo("深圳前海微众银行股份有限公司");
        assertThat(report.entity().shortName().in("zh")).isEqualTo("微众银行");
    }

    @Test
    void corporateAndAuditorFacts() {
        Map<String, String> expected = Map.of(
                "EntityLegalRepresentative", "David Ku",
                "EntityCustomerServiceHotline", "95384",
                "EntityWebsite", "http://www.webank.com",
                "EntityDateOfFirstRegistration", "2014-12-16",
                "AuditorName", "KPMG Huazhen LLP",
                "AuditorReportNumber", "KPMG HuaZhen Shen Zi No. 2302561",
                "AuditOpinionType", "Unqualified",
                "AuditorReportDate", "2023-03-23");
        expected.forEach((concept, text) -> assertThat(cells.facts().get(new FactKey(concept, "FY2022", Dims.NONE)))
                .as(concept).map(Fact::text).contains(text));
    }

    @Test
    void everyChapterOfTheContentsIsASection() {
        assertThat(report.sections()).extracting(s -> s.heading()).containsExactly(
                "IMPORTANT NOTES AND DEFINITIONS", "CORPORATE INFORMATION", "CHAIRMAN'S STATEMENT",
                "PRESIDENT'S STATEMENT", "KEY ACCOUNTING DATA AND FINANCIAL INDICATORS",
                "MANAGEMENT DISCUSSION AND ANALYSIS", "RISK MANAGEMENT",
                "INFORMATION OF DIRECTORS, SUPERVISORS, SENIOR MANAGEMENT, ORGANIZATIONAL STRUCTURE, AND EMPLOYEES",
                "CORPORATE GOVERNANCE REPORT", "ENVIRONMENTAL AND SOCIAL RESPONSIBILITY REPORT", "MATERIAL INFORMATION",
                "AUDIT AND FINANCIAL REPORTS", "DOCUMENTS AVAILABLE FOR INSPECTION", "HONORS AND AWARDS");
    }
}
