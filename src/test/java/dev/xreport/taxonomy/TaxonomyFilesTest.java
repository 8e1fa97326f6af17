package dev.xreport.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.Golden;
import dev.xreport.TestSupport;
import dev.xreport.diag.Findings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * taxonomy/webank-2022/ holds the XBRL files compiled from the embedded report, for any XBRL
 * processor to read. They must be exactly what the compiler makes of the report today
 * ({@code mvn test -Dgolden.update=true} refreshes them after a change to the report).
 */
class TaxonomyFilesTest {
    private static final Path COMMITTED = Path.of("taxonomy/webank-2022");

    @Test
    void theCommittedTaxonomyIsTheCompiledOne(@TempDir Path tmp) throws Exception {
        Findings findings = new Findings();
        Taxonomy taxonomy = TaxonomyCompiler.compile(TestSupport.webank(), findings);
        assertThat(findings.all()).allMatch(f -> f.code().id().equals("XR-TAX-704"));
        List<Path> files = TaxonomyWriter.write(taxonomy, tmp);
        for (Path f : files) {
            Path committed = COMMITTED.resolve(tmp.relativize(f).toString());
            byte[] actual = Files.readAllBytes(f);
            if (Golden.updating() || !Files.exists(committed) || !java.util.Arrays.equals(actual, Files.readAllBytes(committed))) {
                Golden.record(committed, actual);
            }
            assertThat(committed).as("%s (run the tests with -Dgolden.update=true after changing the report)", committed)
                    .exists().hasBinaryContent(actual);
        }
        try (var listed = Files.walk(COMMITTED)) {
            assertThat(listed.filter(Files::isRegularFile).count()).as("no stale files").isEqualTo(files.size());
        }
    }

    @Test
    void everyConceptHasAnEnglishAndAChineseStandardLabel() {
        Taxonomy t = TaxonomyCompiler.compile(TestSupport.webank(), new Findings());
        for (Taxonomy.Concept c : t.concepts()) {
            var standard = t.labels().get(c.name()).get(Taxonomy.LABEL);
            assertThat(standard).as(c.name()).containsKey("en");
            assertThat(standard).as(c.name()).containsKey("zh");
        }
    }

    @Test
    void conceptsCarryTypePeriodAndBalance() {
        Taxonomy t = TaxonomyCompiler.compile(TestSupport.webank(), new Findings());
        assertThat(t.concepts()).filteredOn(c -> c.name().equals("Assets")).singleElement()
                .isEqualTo(new Taxonomy.Concept("Assets", "xbrli:monetaryItemType", "instant", "debit", false, "xbrli:item"));
        assertThat(t.concepts()).filteredOn(c -> c.name().equals("InterestExpense")).singleElement()
                .satisfies(c -> assertThat(c.balance()).isEqualTo("debit"));
        assertThat(t.concepts()).filteredOn(c -> c.name().equals("Liabilities")).singleElement()
                .satisfies(c -> assertThat(c.balance()).isEqualTo("credit"));
        assertThat(t.concepts()).filteredOn(c -> c.name().equals("NonPerformingLoanRatio")).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo("xbrli:pureItemType"));
        assertThat(t.concepts()).filteredOn(c -> c.name().equals("AuditorReportDate")).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo("xbrli:dateItemType"));
        assertThat(t.concepts()).filteredOn(c -> c.name().equals("EquityComponentsAxis")).singleElement()
                .satisfies(c -> assertThat(c.substitutionGroup()).isEqualTo("xbrldt:dimensionItem"));
    }

    @Test
    void theBalanceSheetTotalsAreSummationItems() {
        Taxonomy t = TaxonomyCompiler.compile(TestSupport.webank(), new Findings());
        var bs = t.calculation().stream().filter(n -> n.roleUri().endsWith("/role/balance-sheet")).findFirst().orElseThrow();
        assertThat(bs.arcs()).filteredOn(a -> a.from().equals("Assets")).extracting(Taxonomy.Arc::to).containsExactly(
                "CashAndBalancesWithCentralBank", "DepositsWithBanksAndOtherFinancialInstitutions",
                "FinancialAssetsHeldUnderResaleAgreements", "LoansAndAdvancesToCustomers", "DebtInvestments",
                "OtherDebtInvestments", "PropertyAndEquipment", "IntangibleAssets", "ConstructionInProgress",
                "RightOfUseAssets", "DeferredIncomeTaxAssets", "OtherAssets");
        var is = t.calculation().stream().filter(n -> n.roleUri().endsWith("/role/income-statement")).findFirst().orElseThrow();
        assertThat(is.arcs()).filteredOn(a -> a.from().equals("NetInterestIncome"))
                .extracting(Taxonomy.Arc::to, Taxonomy.Arc::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("InterestIncome", 1),
                        org.assertj.core.groups.Tuple.tuple("InterestExpense", -1));
    }

    @Test
    void aDimensionalFactNoTableShowsIsAFinding(@TempDir Path tmp) throws Exception {
        String minimal = Files.readString(Path.of("src/test/resources/reports/minimal/report.yaml"));
        Files.writeString(tmp.resolve("report.yaml"), minimal.replace("  - {concept: AuditorName",
                "  - {concept: Cash, period: I2024, dims: {CurrencyAxis: UsdMember}, value: 40}\n  - {concept: AuditorName"));
        var loaded = dev.xreport.load.ReportLoader.load(tmp);
        Findings findings = new Findings();
        TaxonomyCompiler.compile(loaded.report(), findings);
        assertThat(findings.all()).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("XR-TAX-703");
            assertThat(f.source().line()).isEqualTo(19);
        });
    }

    @Test
    void theWebankFactsAreAllShownWithTheirAxes() {
        Findings findings = new Findings();
        TaxonomyCompiler.compile(TestSupport.webank(), findings);
        assertThat(findings.all()).noneMatch(f -> f.code().id().equals("XR-TAX-703"));
    }

    /**
     * The 2020 key indicators give net profit and profit before tax without the lines between them,
     * and the 2022 equity statement has no surplus-reserve appropriation that 2021 has: XBRL would
     * find those relationships incomplete outside their tables, so exactly these three stay out of
     * the calculation linkbase, each said in an INFO finding at the row.
     */
    @Test
    void exactlyTheTotalsXbrlWouldBindIncompletelyAreLeftOut() {
        Findings findings = new Findings();
        Taxonomy t = TaxonomyCompiler.compile(TestSupport.webank(), findings);
        assertThat(findings.all()).extracting(f -> f.code().id() + " " + f.message().replaceAll(" of table.*XBRL would also check it for ", " for ").replaceAll(", which.*", ""))
                .containsExactly(
                        "XR-TAX-704 the total ProfitBeforeTax for ProfitBeforeTax@FY2020",
                        "XR-TAX-704 the total NetProfit for NetProfit@FY2020",
                        "XR-TAX-704 the total AppropriationOfProfits for AppropriationOfProfits@FY2021[EquityComponentsAxis=RetainedEarningsMember]");
        assertThat(findings.all()).allMatch(f -> f.severity() == dev.xreport.diag.Severity.INFO);
        var is = t.calculation().stream().filter(n -> n.roleUri().endsWith("/role/income-statement")).findFirst().orElseThrow();
        assertThat(is.arcs()).noneMatch(a -> a.from().equals("NetProfit") || a.from().equals("ProfitBeforeTax"));
        assertThat(is.arcs()).anyMatch(a -> a.from().equals("OperatingIncome"));
    }

    /** Parent-child and summation-item relationships may form no directed cycle (XBRL 2.1 5.2.4.2, 5.2.5.2). */
    @Test
    void noNetworkHasADirectedCycle() {
        Taxonomy t = TaxonomyCompiler.compile(TestSupport.webank(), new Findings());
        for (var n : concat(t.presentation(), t.calculation())) {
            java.util.Map<String, java.util.List<String>> children = new java.util.HashMap<>();
            n.arcs().forEach(a -> children.computeIfAbsent(a.from(), k -> new java.util.ArrayList<>()).add(a.to()));
            for (String start : children.keySet()) {
                java.util.Deque<String> todo = new java.util.ArrayDeque<>(children.get(start));
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (!todo.isEmpty()) {
                    String c = todo.pop();
                    assertThat(c).as("cycle through %s in %s", start, n.roleUri()).isNotEqualTo(start);
                    if (seen.add(c)) {
                        todo.addAll(children.getOrDefault(c, java.util.List.of()));
                    }
                }
            }
        }
    }

    /** Every preferred label names a label the concept has (XBRL 2.1 5.2.4.2.1). */
    @Test
    void everyPreferredLabelExists() {
        Taxonomy t = TaxonomyCompiler.compile(TestSupport.webank(), new Findings());
        for (var n : t.presentation()) {
            for (var a : n.arcs()) {
                if (a.preferredLabel() != null) {
                    assertThat(t.labels().get(a.to())).as(a.to()).containsKey(a.preferredLabel());
                }
            }
        }
    }

    private static java.util.List<Taxonomy.Network> concat(java.util.List<Taxonomy.Network> a, java.util.List<Taxonomy.Network> b) {
        java.util.List<Taxonomy.Network> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The package archive: one top folder with META-INF/taxonomyPackage.xml, the same bytes every time. */
    @Test
    void theTaxonomyPackageArchive(@TempDir Path tmp) throws Exception {
        Taxonomy t = TaxonomyCompiler.compile(TestSupport.webank(), new Findings());
        Path a = TaxonomyWriter.zip(t, tmp.resolve("a.zip"));
        Path b = TaxonomyWriter.zip(t, tmp.resolve("b.zip"));
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        try (var zip = new java.util.zip.ZipFile(a.toFile())) {
            var names = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(names).contains("webank-2022/META-INF/taxonomyPackage.xml", "webank-2022/META-INF/catalog.xml",
                    "webank-2022/webank-2022.xsd").allMatch(n -> n.startsWith("webank-2022/"));
        }
    }
}
