package dev.xreport.model;

/**
 * An arithmetic relation the report's figures must satisfy, written by its authors:
 * {@code Assets@I2022 = LiabilitiesAndEquity@I2022}, or a reported ratio against its inputs,
 * {@code NonPerformingLoanRatio@I2022 = NonPerformingLoans@I2022 / Loans@I2022}. The left side is
 * compared at its own precision (its decimals), so a ratio printed as 1.47% checks against
 * 1.4749...% rounded.
 */
public record Check(String id, String left, String right, String description, Source source) { }
