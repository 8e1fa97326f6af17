package dev.xreport.xbrl.validate;

/**
 * An element that is a child of {@code xbrli:xbrl}, has text only and is in a taxonomy's
 * namespace: the shape of almost every fact. The validator keeps it as this small object instead
 * of a DOM node, so that an instance of a million facts needs no DOM of a million elements; the
 * contexts, units, links and tuples around it stay a DOM.
 */
final class LeanItem {
    /** Receives one attribute: namespace (null for none), local name, qualified name, value. */
    interface AttributeVisitor {
        void attribute(String ns, String local, String qname, String value);
    }

    final String namespace;
    final String localName;
    final String tagName;
    /** The attributes nearly every item has, in no namespace; null when absent. */
    private String contextRef;
    private String unitRef;
    private String decimals;
    /**
     * Any other attributes as namespace, local name, qualified name and value, four entries each
     * (namespace declarations made on the element itself kept the DOM's way, as xmlns attributes);
     * null when there are none.
     */
    private String[] others;
    /** The text, or null when it is the integer {@link #number} written canonically (most amounts): a long costs less. */
    private String text;
    private long number;
    final int line;
    final int column;
    /** 1-based place among the siblings of the same name (for the XPath of a finding). */
    final int ordinal;

    LeanItem(String namespace, String localName, String tagName, String contextRef, String unitRef, String decimals,
             String[] others, int line, int column, int ordinal) {
        this.namespace = namespace;
        this.localName = localName;
        this.tagName = tagName;
        this.contextRef = contextRef;
        this.unitRef = unitRef;
        this.decimals = decimals;
        this.others = others;
        this.line = line;
        this.column = column;
        this.ordinal = ordinal;
    }

    String text() {
        return text != null ? text : Long.toString(number);
    }

    /** Whether the text is an integer written as {@link Long#toString} writes it. */
    boolean integer() {
        return text == null;
    }

    long number() {
        return number;
    }

    void text(String s) {
        if (canonicalLong(s)) {
            number = Long.parseLong(s);
            text = null;
        } else {
            text = s;
        }
    }

    private static boolean canonicalLong(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int digits = s.length() - start;
        if (digits < 1 || digits > 18 || (s.charAt(start) == '0' && (digits > 1 || start == 1))) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The attribute's value, or null when absent; {@code ns} null for an attribute in no namespace. */
    String attr(String ns, String local) {
        if (ns == null) {
            switch (local) {
                case "contextRef" -> {
                    return contextRef;
                }
                case "unitRef" -> {
                    return unitRef;
                }
                case "decimals" -> {
                    return decimals;
                }
                default -> { }
            }
        }
        if (others != null) {
            for (int i = 0; i < others.length; i += 4) {
                if (local.equals(others[i + 1]) && java.util.Objects.equals(ns, others[i])) {
                    return others[i + 3];
                }
            }
        }
        return null;
    }

    /** Every attribute, namespace declarations included. */
    void attributes(AttributeVisitor visitor) {
        if (contextRef != null) {
            visitor.attribute(null, "contextRef", "contextRef", contextRef);
        }
        if (unitRef != null) {
            visitor.attribute(null, "unitRef", "unitRef", unitRef);
        }
        if (decimals != null) {
            visitor.attribute(null, "decimals", "decimals", decimals);
        }
        if (others != null) {
            for (int i = 0; i < others.length; i += 4) {
                visitor.attribute(others[i], others[i + 1], others[i + 2], others[i + 3]);
            }
        }
    }

    /** Adds an attribute the schema gives a default or fixed value that the element does not state. */
    void addDefault(String ns, String local, String qname, String value) {
        if (ns == null && local.equals("contextRef")) {
            contextRef = value;
            return;
        }
        if (ns == null && local.equals("unitRef")) {
            unitRef = value;
            return;
        }
        if (ns == null && local.equals("decimals")) {
            decimals = value;
            return;
        }
        int n = others == null ? 0 : others.length;
        String[] more = others == null ? new String[4] : java.util.Arrays.copyOf(others, n + 4);
        more[n] = ns;
        more[n + 1] = local;
        more[n + 2] = qname;
        more[n + 3] = value;
        others = more;
    }
}
