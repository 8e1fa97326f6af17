package dev.xreport.diag;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The error codes the XBRL specifications and their conformance suites name, for each xreport code
 * that reports the same kind of error: a finding of {@code code} is the spec's error for every name
 * {@link #of} gives. The XBRL 2.1 conformance suite names no error codes; XBRL Dimensions 1.0 names
 * {@code xbrldte:} (taxonomy) and {@code xbrldie:} (instance) errors, and XML Schema validity is
 * {@code sche:XmlSchemaError}. ConformanceSuiteTest requires a variation that names an error to get a
 * finding whose code maps to it.
 */
public final class SpecErrors {
    private static final Map<Code, List<String>> TABLE = new EnumMap<>(Code.class);

    static {
        put(Code.XBRL_MALFORMED, "sche:XmlSchemaError");
        put(Code.XBRL_SCHEMA_INVALID, "sche:XmlSchemaError");
        put(Code.XBRL_DIMENSION_MEMBER, "xbrldie:ExplicitMemberNotExplicitDimensionError",
                "xbrldie:TypedMemberNotTypedDimensionError", "xbrldie:ExplicitMemberUndefinedQNameError",
                "xbrldie:DefaultValueUsedInInstanceError", "xbrldie:RepeatedDimensionInInstanceError",
                "xbrldie:IllegalTypedDimensionContentError");
        put(Code.XBRL_DIM_FACT_INVALID, "xbrldie:PrimaryItemDimensionallyInvalidError");
        put(Code.XBRL_DIM_HAS_HYPERCUBE, "xbrldte:HasHypercubeSourceError", "xbrldte:HasHypercubeTargetError",
                "xbrldte:HasHypercubeMissingContextElementAttributeError");
        put(Code.XBRL_DIM_HYPERCUBE_DIMENSION, "xbrldte:HypercubeDimensionSourceError",
                "xbrldte:HypercubeDimensionTargetError");
        put(Code.XBRL_DIM_DOMAIN, "xbrldte:DimensionDomainSourceError", "xbrldte:DimensionDomainTargetError",
                "xbrldte:DomainMemberSourceError", "xbrldte:DomainMemberTargetError");
        put(Code.XBRL_DIM_DEFAULT, "xbrldte:DimensionDefaultSourceError", "xbrldte:DimensionDefaultTargetError",
                "xbrldte:TooManyDefaultMembersError");
        put(Code.XBRL_DIM_DECLARATION, "xbrldte:HypercubeElementIsNotAbstractError",
                "xbrldte:DimensionElementIsNotAbstractError", "xbrldte:TypedDomainRefError",
                "xbrldte:TypedDimensionError", "xbrldte:TypedDimensionURIError", "xbrldte:OutOfDTSSchemaError");
        put(Code.XBRL_DIM_TARGET_ROLE, "xbrldte:TargetRoleNotResolvedError");
        put(Code.XBRL_DIM_DRS_CYCLE, "xbrldte:DRSDirectedCycleError", "xbrldte:PrimaryItemPolymorphismError");
        put(Code.XBRL_CALC11_INCONSISTENT, "calc11e:inconsistentCalculationUsingRounding");
        put(Code.XBRL_CALC11_DUPLICATES, "oime:disallowedDuplicateFacts", "calc11e:excessDigits");
        put(Code.XBRL_CALC11_RELATIONSHIP, "calc11e:duplicateCalculationRelationships", "calc11e:nonDecimalItemNode");
    }

    private SpecErrors() { }

    private static void put(Code code, String... names) {
        TABLE.put(code, List.of(names));
    }

    /** The spec error codes ({@code prefix:localName}, the prefixes the suites use) a finding of {@code code} stands for. */
    public static List<String> of(Code code) {
        return TABLE.getOrDefault(code, List.of());
    }

    /** Every code with spec error codes, and them. */
    public static Map<Code, List<String>> table() {
        return java.util.Collections.unmodifiableMap(TABLE);
    }
}
