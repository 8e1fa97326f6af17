package dev.xreport.render;

import dev.xreport.derive.NumberStyle;
import dev.xreport.derive.Cells;
import dev.xreport.model.Column;
import dev.xreport.model.Fact;
import dev.xreport.model.FactTable;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Text;
import dev.xreport.model.Unit;
import java.io.IOException;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How one run shows one report: the page language, the languages the report has, the locale of its
 * dates, the scale and unit caption of each table, the heading of the label column, the words of a
 * cited figure and the page's own words. Built once per renderer from the report (its language,
 * {@code locale}, units, {@code defaults.labelHeader}, tables' {@code scale}) and the request
 * ({@link RenderOptions}: language, templates). Nothing here knows any one company: the currency,
 * its label and symbol, the scale and the languages all come from the report.
 */
public final class Presentation {
    private final Report report;
    private final String lang;
    private final List<String> languages;
    private final Locale locale;
    private final Messages words;
    private final Messages narrativeWords;
    private final NumberStyle numbers;

    private Presentation(Report report, String lang, Messages words, Messages narrativeWords) {
        this.report = report;
        this.lang = lang;
        this.languages = report.languages();
        this.locale = lang.equals(report.language()) && report.locale() != null ? Locale.forLanguageTag(report.locale())
                : Locale.forLanguageTag(lang);
        this.words = words;
        this.narrativeWords = narrativeWords;
        this.numbers = NumberStyle.of(report);
    }

    /** The presentation of {@code report} in the language the options ask for (null: the report's own). */
    public static Presentation of(Report report, RenderOptions options) throws IOException {
        String lang = options.lang() == null ? report.language() : options.lang();
        Messages words = new Messages(options.templates(), lang);
        Messages narrative = lang.equals(report.language()) ? words : new Messages(options.templates(), report.language());
        return new Presentation(report, lang, words, narrative);
    }

    /** The language of the page's words and labels. */
    public String lang() {
        return lang;
    }

    /** Whether the page is in the language the report was written in (its row words, subtitles and captions as authored). */
    public boolean authored() {
        return lang.equals(report.language());
    }

    /** The languages the report has words in, its own first. */
    public List<String> languages() {
        return languages;
    }

    /** The locale of dates on the page. */
    public Locale locale() {
        return locale;
    }

    /** What a deliverable's file name adds after the report id: nothing in the report's own language, else "-zh". */
    public String fileSuffix() {
        return suffix(report, lang);
    }

    /** The file-name suffix of a deliverable in {@code lang}. */
    public static String suffix(Report report, String lang) {
        return lang == null || lang.equals(report.language()) ? "" : "-" + lang;
    }

    /** A word of the page itself from the message bundles ("Contents", "Total"). */
    public String word(String key) {
        return words.get(key);
    }

    /** The bundles, for the templates. */
    public Messages messages() {
        return words;
    }

    /** The entity's name in the page language. */
    public String entityName() {
        return report.entity() == null ? "" : report.entity().name().in(lang);
    }

    /** The entity's name in another language the report has, for the cover; empty when it has none. */
    public String entityNameElsewhere() {
        if (report.entity() == null) {
            return "";
        }
        Text name = report.entity().name();
        String mine = name.in(lang);
        return languages.stream().filter(l -> !l.equals(lang)).map(name.byLanguage()::get)
                .filter(s -> s != null && !s.equals(mine)).findFirst().orElse("");
    }

    // ---------------------------------------------------------------- tables

    /** The power of ten the table's amounts are shown in: its own {@code scale}, else the report's. */
    public int scale(FactTable t) {
        return report.scaleOf(t);
    }

    /** The currency the table's amounts are in: the unit of its first monetary figure, if it shows any. */
    public Optional<Unit> currency(FactTable t, Cells cells) {
        for (Row r : t.rows()) {
            for (Column c : t.valueColumns()) {
                Optional<Unit> u = cells.fact(t, r, c).filter(Fact::isNumeric).map(f -> report.units().get(f.unit()))
                        .filter(x -> x != null && x.isMonetary());
                if (u.isPresent()) {
                    return u;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The caption above a table's figures: as authored ({@code unitCaption}) on a page in the report's
     * language, else made from the currency and scale, "USD", "RMB thousands", "GBP millions" (the
     * bundle's {@code unit.caption} and {@code unit.scale.N}); null when the table shows no amount.
     */
    public String unitCaption(FactTable t, Cells cells) {
        if (authored() && t.unitCaption() != null) {
            return t.unitCaption();
        }
        return currency(t, cells).map(u -> caption(u, scale(t))).orElse(null);
    }

    /** "RMB thousands", "USD", "单位：人民币千元": a unit's label with the words of a scale. */
    public String caption(Unit u, int scale) {
        String label = u.label() == null ? u.code() : u.label().in(lang);
        String scaleWords = words.get("unit.scale." + scale);
        if (scaleWords.equals("unit.scale." + scale)) {
            scaleWords = "×10^" + scale;
        }
        return MessageFormat.format(words.get("unit.caption"), label, scaleWords).strip();
    }

    /** The heading of the row-label column: the table's own, else the report's {@code defaults.labelHeader}, else none. */
    public String labelHeader(FactTable t) {
        if (authored() && t.labelHeader() != null) {
            return t.labelHeader();
        }
        Text header = report.labelHeader();
        return header == null ? "" : header.in(lang);
    }

    // ---------------------------------------------------------------- dates and figures

    /** A date as the locale writes it: 31 December 2022 (en-GB), December 31, 2022 (en-US), 2022年12月31日 (zh). */
    public String date(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
    }

    /** A date in the narrative's locale (the report's own), for a cited date fact. */
    private String narrativeDate(LocalDate d) {
        Locale narrative = report.locale() != null ? Locale.forLanguageTag(report.locale()) : Locale.forLanguageTag(report.language());
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(narrative).format(d);
    }

    /**
     * The report's period on the cover: the year of a calendar year ("2022"), else the words of a
     * period that ends on another day ("Year ended 31 March 2024", the bundle's {@code period.ended}).
     */
    public String reportingPeriodWords(Period p) {
        if (p.isInstant()) {
            return date(p.instant());
        }
        boolean calendarYear = p.start().getDayOfYear() == 1 && p.end().getMonthValue() == 12 && p.end().getDayOfMonth() == 31
                && p.start().getYear() == p.end().getYear();
        if (calendarYear) {
            return periodWords(p);
        }
        String pattern = words.get("period.ended");
        return pattern.equals("period.ended") ? date(p.end()) : MessageFormat.format(pattern, date(p.end()));
    }

    /** A column's period in words: the date of an instant, the year a duration ends in. */
    public String periodWords(Period p) {
        if (p.isInstant()) {
            return date(p.instant());
        }
        String year = Integer.toString(p.end().getYear());
        String pattern = words.get("period.year");
        return pattern.equals("period.year") ? year : MessageFormat.format(pattern, year);
    }

    /**
     * A cited figure in the narrative's words (the narrative is in the report's language): the
     * unit's symbol or label, the amount in the report's scale or in millions or billions, a ratio
     * as a percentage. "RMB8.94 billion", "$903,844", "GBP 1,204 million", "1.47%".
     */
    public String cited(Fact f, String format) {
        if (!f.isNumeric()) {
            var info = report.vocabulary().concepts().get(f.concept());
            boolean date = info != null && "date".equals(info.type()) && f.text().matches("\\d{4}-\\d{2}-\\d{2}");
            return date ? narrativeDate(LocalDate.parse(f.text())) : f.text();
        }
        Unit unit = report.units().get(f.unit());
        if ("percent".equals(format) || (format == null && unit != null && unit.isPure())) {
            return numbers.percent(f.value(), Math.max(f.decimals() - 2, 0));
        }
        if (unit == null || !unit.isMonetary()) {
            return numbers.grouped(f.value(), 0, 0).replace("(", "-").replace(")", "");
        }
        String sign = f.value().signum() < 0 ? "-" : "";
        String symbol = unit.symbol() != null ? unit.symbol()
                : (unit.label() == null ? unit.code() : unit.label().in(report.language())) + " ";
        int scale;
        String amount;
        int stated = f.decimals() == null ? 2 : f.decimals();
        if ("billions".equals(format) || "millions".equals(format)) {
            scale = "billions".equals(format) ? 9 : 6;
            // to the places the fact is stated to, at most two: RMB8.94 billion, GBP 868.3 million
            int places = Math.min(Math.max(stated + scale, 0), 2);
            amount = numbers.grouped(f.value().abs().movePointLeft(scale).setScale(places, RoundingMode.HALF_UP), 0, places);
        } else {
            scale = report.scale();
            amount = numbers.grouped(f.value().abs(), scale, Math.max(stated + scale, 0));
        }
        String after = narrativeWords.get("cite.scale." + scale);
        return sign + symbol + amount + (after.equals("cite.scale." + scale) ? "" : after);
    }
}
