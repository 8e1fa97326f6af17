package dev.xreport.model;

import java.util.List;

/** A block of a narrative section. */
public sealed interface Block {
    Source source();

    /** A paragraph; its text may cite facts as {@code {Concept@Period|format}}. */
    record Paragraph(String text, List<Citation> citations, Source source) implements Block {
        public Paragraph {
            citations = List.copyOf(citations);
        }
    }

    /** A bulleted list; items may cite facts too. */
    record Bullets(List<Paragraph> items, Source source) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Places a table, by id. */
    record TableRef(String table, Source source) implements Block { }

    /** A footnote to the section. */
    record Footnote(Paragraph text, Source source) implements Block { }

    /** A nested section. */
    record SubSection(Section section, Source source) implements Block { }
}
