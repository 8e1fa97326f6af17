package dev.xreport.model;

/**
 * A fact cited in narrative text: {@code {NetProfit@FY2022|billions}}.
 *
 * @param raw    the citation as written, braces included, so renderers can replace it
 * @param format how to show it: thousands, billions, percent (null: the default for its unit)
 */
public record Citation(String raw, FactKey fact, String format) { }
