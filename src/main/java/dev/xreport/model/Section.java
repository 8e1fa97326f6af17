package dev.xreport.model;

import java.util.List;

/** A chapter or sub-section of the narrative: a heading and blocks in reading order. */
public record Section(String id, String heading, List<Block> blocks, Source source) {
    public Section {
        blocks = List.copyOf(blocks);
    }
}
