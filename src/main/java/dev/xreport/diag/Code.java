package dev.xreport.diag;

/**
 * Every finding xreport can report, with a stable code, its default severity and the part of
 * the input format (docs/authoring.md) or rule it enforces. Codes never change meaning;
 * new findings get new codes.
 */
public enum Code {
    // reading the input (exit code 2)
    LOAD_SYNTAX("XR-LOAD-101", Severity.ERROR, Stage.INPUT, "malformed YAML or JSON"),
    LOAD_UNKNOWN_FIELD("XR-LOAD-102", Severity.ERROR, Stage.INPUT, "a field the format does not know"),
    LOAD_MISSING_FIELD("XR-LOAD-103", Severity.ERROR, Stage.INPUT, "a required field is missing"),
    LOAD_WRONG_TYPE("XR-LOAD-104", Severity.ERROR, Stage.INPUT, "a value of the wrong kind"),
    LOAD_NOT_A_NUMBER("XR-LOAD-105", Severity.ERROR, Stage.INPUT, "an amount that is not a number"),
    LOAD_INCLUDE("XR-LOAD-106", Severity.ERROR, Stage.INPUT, "an include that cannot be read"),
    LOAD_DUPLICATE_KEY("XR-LOAD-107", Severity.ERROR, Stage.INPUT, "a key given twice in one mapping"),
    LOAD_BAD_VALUE("XR-LOAD-108", Severity.ERROR, Stage.INPUT, "a date, id or enumerated value that is not valid"),
    LOAD_UNREADABLE("XR-LOAD-109", Severity.ERROR, Stage.INPUT, "the report file cannot be read, or is not UTF-8 text"),
    LOAD_OUTSIDE("XR-LOAD-110", Severity.ERROR, Stage.INPUT, "a file reference (an include) that leads outside the report's folder"),
    LOAD_PLAIN_CUT("XR-LOAD-111", Severity.ERROR, Stage.INPUT,
            "a plain (unquoted) text in {…} cut short at a comma: the rest is read as a key with no value"),
    LOAD_LANGUAGE("XR-LOAD-112", Severity.ERROR, Stage.INPUT,
            "a text by language ({en: …, zh: …}) with a key that is not a language tag, or a language with no text"),
    // references between parts of the report (exit code 2)
    REF_PERIOD("XR-REF-201", Severity.ERROR, Stage.INPUT, "a period that is not defined"),
    REF_UNIT("XR-REF-202", Severity.ERROR, Stage.INPUT, "a unit that is not defined"),
    REF_TABLE("XR-REF-203", Severity.ERROR, Stage.INPUT, "a table that is not defined, or defined twice"),
    REF_ROW("XR-REF-204", Severity.ERROR, Stage.INPUT, "a row or column of a table that is not defined"),
    REF_CITATION("XR-REF-205", Severity.ERROR, Stage.INPUT, "a narrative citation of a fact that does not exist"),
    REF_CORRECTION("XR-REF-206", Severity.ERROR, Stage.INPUT, "a correction of a fact or cell that does not exist"),
    REF_INSTANT("XR-REF-207", Severity.ERROR, Stage.INPUT, "an opening or closing balance whose instant is not a defined period"),
    REF_CHECK("XR-REF-208", Severity.ERROR, Stage.INPUT, "a check that refers to a fact that is not stated"),
    REF_CONCEPT("XR-REF-209", Severity.ERROR, Stage.INPUT, "a table row whose concept no fact states"),
    // facts (exit code 2 for errors)
    FACT_CONFLICT("XR-FACT-202", Severity.ERROR, Stage.INPUT, "a fact stated twice with different values"),
    FACT_REPEATED("XR-FACT-203", Severity.WARNING, Stage.VALIDATION, "a fact stated twice with the same value"),
    // tables
    TABLE_MISSING_FACT("XR-TABLE-301", Severity.ERROR, Stage.INPUT,
            "a table row that shows no fact in any column and is not marked empty: true"),
    TABLE_UNPLACED("XR-TABLE-302", Severity.WARNING, Stage.VALIDATION, "a table no section places"),
    TABLE_SCALE_COARSE("XR-TABLE-303", Severity.WARNING, Stage.VALIDATION, "a table scale coarser than a figure it shows"),
    TABLE_TITLE_TWICE("XR-TABLE-304", Severity.WARNING, Stage.INPUT,
            "a table title that the vocabulary's label for the same language contradicts (the table's own title is printed)"),
    // arithmetic (exit code 1 when it reaches the threshold)
    CALC_SUM("XR-CALC-501", Severity.INCONSISTENCY, Stage.VALIDATION, "a total that is not the sum of its lines"),
    CALC_CROSSFOOT("XR-CALC-502", Severity.INCONSISTENCY, Stage.VALIDATION, "a total column that is not the sum of its columns"),
    CALC_CHECK("XR-CALC-503", Severity.INCONSISTENCY, Stage.VALIDATION, "a check of the report's own that does not hold"),
    // the user's templates (--templates)
    TEMPLATE_MALFORMED("XR-TPL-401", Severity.ERROR, Stage.INPUT, "a template that is not well-formed XML, or declares a DOCTYPE"),
    TEMPLATE_OUTSIDE("XR-TPL-402", Severity.ERROR, Stage.INPUT,
            "a template that refers to a file outside the templates folder, or to anything on the network"),
    // the taxonomy compiled from the report
    TAX_PERIOD_TYPE("XR-TAX-701", Severity.ERROR, Stage.INPUT, "a concept with facts for instants and for durations (XBRL 2.1 5.1.1.1)"),
    TAX_TYPE("XR-TAX-702", Severity.ERROR, Stage.INPUT, "a concept with facts of two kinds (amount, ratio, text)"),
    TAX_CALC_LEFT_OUT("XR-TAX-704", Severity.INFO, Stage.VALIDATION, "a total left out of the calculation linkbase because XBRL would check it where the report gives only some of its lines"),
    TAX_DIMENSIONS("XR-TAX-703", Severity.ERROR, Stage.INPUT, "a fact with dimension members no table shows it with (XBRL Dimensions 1.0)"),
    // XBRL 2.1 instances and their DTS (dev.xreport.xbrl.validate); each summary names the spec section
    XBRL_MALFORMED("XR-XBRL-601", Severity.ERROR, Stage.INPUT, "XBRL 2.1 3: a DTS or instance document that is not well-formed XML, or not readable"),
    XBRL_DTS_UNRESOLVED("XR-XBRL-602", Severity.ERROR, Stage.INPUT, "XBRL 2.1 3.2: a DTS reference to a URL that is neither local nor in the catalog (never fetched)"),
    XBRL_SCHEMA_INVALID("XR-XBRL-603", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 3.1/4: the instance or a DTS document is not valid against the DTS schemas"),
    XBRL_CONTEXT_REF("XR-XBRL-604", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.6.1: contextRef must resolve to a context"),
    XBRL_UNIT_REF("XR-XBRL-605", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.6.2: unitRef must resolve to a unit; numeric items need one, non-numeric items none"),
    XBRL_DECIMALS_PRECISION("XR-XBRL-606", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.6.3: a numeric item has decimals or precision, not both; nil and non-numeric items neither"),
    XBRL_PERIOD_TYPE("XR-XBRL-607", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 5.1.1.1: the context period must match the concept's periodType"),
    XBRL_PERIOD("XR-XBRL-608", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.7.2: a duration's endDate must be later than its startDate"),
    XBRL_SEGMENT_SCENARIO("XR-XBRL-609", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.7.3.2/4.7.4: segment and scenario must not hold XBRL instance elements or items"),
    XBRL_UNIT_MEASURE("XR-XBRL-610", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.8.2: xbrli measures are only pure and shares; numerator and denominator must not share a measure"),
    XBRL_MONETARY_UNIT("XR-XBRL-611", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.8.2: a monetary item's unit is one ISO 4217 currency measure"),
    XBRL_SHARES_UNIT("XR-XBRL-612", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.8.2: a shares item's unit is the single measure xbrli:shares"),
    XBRL_FOOTNOTE("XR-XBRL-613", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.11: footnote locators point to facts of the instance; arcs join labels of the same link"),
    XBRL_DUPLICATE_FACT("XR-XBRL-614", Severity.WARNING, Stage.VALIDATION, "XBRL 2.1 4.10: duplicate facts with different values"),
    XBRL_UNUSED_CONTEXT("XR-XBRL-615", Severity.WARNING, Stage.VALIDATION, "XBRL 2.1 4.7: a context no fact refers to"),
    XBRL_UNUSED_UNIT("XR-XBRL-616", Severity.WARNING, Stage.VALIDATION, "XBRL 2.1 4.8: a unit no fact refers to"),
    XBRL_CALC_INCONSISTENT("XR-XBRL-617", Severity.INCONSISTENCY, Stage.VALIDATION, "XBRL 2.1 5.2.5.2: a summation item is not the weighted sum of its contributing items"),
    XBRL_CALC_BALANCE("XR-XBRL-618", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 5.1.1.2: a calculation weight whose sign contradicts the balance attributes"),
    XBRL_CALC_WEIGHT("XR-XBRL-619", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 5.2.5.2: a calculation weight of zero, or an arc between non-numeric items"),
    XBRL_ESSENCE_ALIAS("XR-XBRL-620", Severity.INCONSISTENCY, Stage.VALIDATION, "XBRL 2.1 5.2.6.2.2: essence and alias items in equal contexts differ in unit or value"),
    XBRL_LINKBASE("XR-XBRL-621", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 3.5.3: a linkbase locator or arc that does not resolve"),
    XBRL_CONCEPT("XR-XBRL-622", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 5.1.1.1/5.1.1.2: an item without periodType, or a balance on a non-monetary item"),
    XBRL_DIMENSION_MEMBER("XR-XBRL-623", Severity.ERROR, Stage.VALIDATION, "XBRL Dimensions 1.0 3.1.4 (in XBRL 2.1 4.7.3.2 segments): a member of an undeclared or wrong-kind dimension, an undeclared or default member, a typed member whose content is not the element its dimension's typedDomainRef names, or a dimension given twice"),
    XBRL_DIM_FACT_INVALID("XR-XBRL-624", Severity.ERROR, Stage.VALIDATION, "XBRL Dimensions 1.0 3.1.1-3.1.3 (xbrldie:PrimaryItemDimensionallyInvalidError): a fact of a primary item with hypercubes whose context is valid in none of its DRSes (a member outside the dimension's domain or not usable, a dimension with neither member nor default, a dimension a closed hypercube lacks, or a notAll hypercube met)"),
    XBRL_DIM_HAS_HYPERCUBE("XR-XBRL-625", Severity.ERROR, Stage.VALIDATION, "XBRL Dimensions 1.0 2.3.1 (xbrldte:HasHypercubeSourceError, HasHypercubeTargetError, HasHypercubeMissingContextElementAttributeError): an all or notAll arc not from a primary item to a hypercube, or without xbrldt:contextElement"),
    XBRL_DIM_HYPERCUBE_DIMENSION("XR-XBRL-626", Severity.ERROR, Stage.VALIDATION, "XBRL Dimensions 1.0 2.2.2 (xbrldte:HypercubeDimensionSourceError, HypercubeDimensionTargetError): a hypercube-dimension arc not from a hypercube to a dimension"),
    XBRL_DIM_DOMAIN("XR-XBRL-627", Severity.ERROR, Stage.VALIDATION, "XBRL Dimensions 1.0 2.5.3.1/2.5.3.2 (xbrldte:DimensionDomainSourceError, DimensionDomainTargetError, DomainMemberSourceError, DomainMemberTargetError): a dimension-domain arc not from an explicit dimension, or a dimension-domain or domain-member arc with a hypercube or dimension as domain member"),
    XBRL_DIM_DEFAULT("XR-XBRL-628", Severity.ERROR, Stage.VALIDATION, "XBRL Dimensions 1.0 2.7.1 (xbrldte:DimensionDefaultSourceError, DimensionDefaultTargetError, TooManyDefaultMembersError): a dimension-default arc not from an explicit dimension to a domain member, or a dimension with more than one default"),
    XBRL_DIM_DECLARATION("XR-XBRL-629", Severity.ERROR, Stage.VALIDATION, "XBRL Dimensions 1.0 2.2.1/2.5.1/2.5.2.1 (xbrldte:HypercubeElementIsNotAbstractError, DimensionElementIsNotAbstractError, TypedDomainRefError, OutOfDTSSchemaError, TypedDimensionError): a hypercube or dimension that is not abstract, or a typedDomainRef on a non-dimension, to no element of the DTS or to an abstract one"),
    XBRL_DIM_TARGET_ROLE("XR-XBRL-630", Severity.ERROR, Stage.VALIDATION, "XBRL Dimensions 1.0 2 (xbrldte:TargetRoleNotResolvedError): an xbrldt:targetRole that no roleRef of its linkbase declares"),
    XBRL_DIM_DRS_CYCLE("XR-XBRL-634", Severity.ERROR, Stage.VALIDATION, "XBRL Dimensions 1.0 2.5.3 (xbrldte:DRSDirectedCycleError, PrimaryItemPolymorphismError): the domain of a dimension in a DRS has a directed cycle, or holds a primary item of the same DRS as a usable member"),
    XBRL_DTS_REFERENCE("XR-XBRL-635", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.2.2/4.3.2/4.3.3: a schemaRef that does not point to a schema, or a linkbaseRef that does not point to a linkbase or whose xlink:role names other extended links than the linkbase holds"),
    XBRL_XLINK("XR-XBRL-636", Severity.ERROR, Stage.VALIDATION, "XLink 1.0 5.1.5 / XBRL 2.1 3.5.3.7-3.5.3.9, 5.2: two arcs of one extended link between the same labels, a locator that is not a shorthand or element() pointer to an element of the DTS, or an arc whose ends are not what its arcrole requires"),
    XBRL_ROLE_TYPE("XR-XBRL-637", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 3.5.2.4/3.5.2.5/5.1.3/5.1.4: a custom role or arcrole used without its roleRef or arcroleRef, a roleRef or arcroleRef given twice for one URI, or a roleType or arcroleType declared twice differently, with repeated usedOn, or used on an element its usedOn does not list"),
    XBRL_CYCLE("XR-XBRL-638", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 5.1.4.3/5.2.4.2/5.2.6.2: a network with a cycle its arcrole's cyclesAllowed forbids (parent-child, general-special, essence-alias: no directed cycles; none: no cycles at all)"),
    XBRL_CONCEPT_DECLARATION("XR-XBRL-639", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 4.9/5.1/5.1.1: a concept declaration XBRL does not allow: a tuple with periodType or balance, mixed content, attributes of the XBRL namespaces or content other than references to concepts; an item whose type does not derive from an XBRL item type; an xs:redefine"),
    XBRL_REQUIRES_ELEMENT("XR-XBRL-640", Severity.ERROR, Stage.VALIDATION, "XBRL 2.1 5.2.6.2.4: an instance with a fact of a concept whose requires-element target has no fact"),
    XBRL_CALC11_INCONSISTENT("XR-XBRL-631", Severity.INCONSISTENCY, Stage.VALIDATION, "XBRL Calculations 1.1 (calc11e:inconsistentCalculationUsingRounding): the interval of a total, from its value and decimals, does not meet the weighted sum of its contributing items' intervals"),
    XBRL_CALC11_DUPLICATES("XR-XBRL-632", Severity.INCONSISTENCY, Stage.VALIDATION, "XBRL Calculations 1.1 (oime:disallowedDuplicateFacts, calc11e:excessDigits): a calculation left unchecked because a bound fact has inconsistent duplicates or digits its decimals declare insignificant"),
    XBRL_CALC11_RELATIONSHIP("XR-XBRL-633", Severity.ERROR, Stage.VALIDATION, "XBRL Calculations 1.1 (calc11e:duplicateCalculationRelationships, calc11e:nonDecimalItemNode): two summation-item relationships between the same concepts in one network, or one between concepts that are not decimal"),
    // Inline XBRL
    IX_MALFORMED("XR-IX-851", Severity.ERROR, Stage.INPUT, "Inline XBRL 1.1: a document or tag that cannot be read as Inline XBRL"),
    IX_FORMAT("XR-IX-852", Severity.ERROR, Stage.VALIDATION, "Inline XBRL 1.1 / Transformation Registry 4: a tagged text its format cannot read"),
    IX_INCONSISTENT_DUPLICATE("XR-IX-853", Severity.INCONSISTENCY, Stage.VALIDATION,
            "Inline XBRL 1.1: a figure tagged twice (same concept, context and unit) with two different values"),
    // XBRL report and taxonomy packages
    PACKAGE_INVALID("XR-PKG-861", Severity.ERROR, Stage.INPUT, "Report Package 1.0 / Taxonomy Package 1.0: a .zip that is not a readable package: "
            + "not a zip, not one top folder, an entry outside it, no META-INF/reportPackage.json or taxonomyPackage.xml, or no report or entry point in it"),
    // the PDF
    PDF_NO_CJK_FONT("XR-PDF-801", Severity.WARNING, Stage.OUTPUT, "no Chinese font to embed in the PDF"),
    // output
    AGREE_DIFFERENT("XR-AGREE-951", Severity.ERROR, Stage.OUTPUT, "a deliverable that shows a figure other than the report's fact"),
    AGREE_MISSING("XR-AGREE-952", Severity.ERROR, Stage.OUTPUT, "a fact of the report that a deliverable leaves out, or a fact it adds"),
    OUT_WRITE("XR-OUT-901", Severity.ERROR, Stage.OUTPUT, "a deliverable that could not be written"),
    OUT_OVER_INPUT("XR-OUT-902", Severity.ERROR, Stage.INPUT, "an output folder that would replace the report's own files"),
    OUT_LEFTOVER("XR-OUT-903", Severity.WARNING, Stage.OUTPUT, "previous deliverables that could not be removed after publishing");

    /** Where in a run a finding arises; decides the exit code. */
    public enum Stage { INPUT, VALIDATION, OUTPUT }

    private final String id;
    private final Severity severity;
    private final Stage stage;
    private final String summary;

    Code(String id, Severity severity, Stage stage, String summary) {
        this.id = id;
        this.severity = severity;
        this.stage = stage;
        this.summary = summary;
    }

    public String id() { return id; }
    public Severity severity() { return severity; }
    public Stage stage() { return stage; }
    public String summary() { return summary; }
}
