package dev.xreport.xbrl;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streaming XML reading with every external access off: no DTD, no external entities. */
public final class XmlIn {
    private XmlIn() { }

    public static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory xf = XMLInputFactory.newFactory();
        xf.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xf.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return xf.createXMLStreamReader(new ByteArrayInputStream(xml));
    }
}
