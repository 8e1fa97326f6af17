package dev.xreport.render;

import dev.xreport.render.json.CanonicalJsonRenderer;
import dev.xreport.render.xbrl.XbrlRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The deliverables xreport can write, by format name, in the order they are produced. */
public final class Renderers {
    private static final List<Renderer> ALL = List.of(new CanonicalJsonRenderer(), new XbrlRenderer());

    private Renderers() { }

    public static Map<String, Renderer> byFormat() {
        Map<String, Renderer> m = new LinkedHashMap<>();
        ALL.forEach(r -> m.put(r.format(), r));
        return m;
    }
}
