package dev.xreport.xbrl;

/** Namespace URIs of XML Schema and the XBRL specifications, for the writers and the validator. */
public final class XbrlNamespaces {
    public static final String XS = "http://www.w3.org/2001/XMLSchema";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String XBRLI = "http://www.xbrl.org/2003/instance";
    public static final String LINK = "http://www.xbrl.org/2003/linkbase";
    public static final String ISO4217 = "http://www.xbrl.org/2003/iso4217";
    public static final String XBRLDT = "http://xbrl.org/2005/xbrldt";
    public static final String XBRLDI = "http://xbrl.org/2006/xbrldi";
    public static final String NONNUM = "http://www.xbrl.org/dtr/type/non-numeric";

    private XbrlNamespaces() { }
}
