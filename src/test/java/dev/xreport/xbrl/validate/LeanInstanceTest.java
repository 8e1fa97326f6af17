package dev.xreport.xbrl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** How the validator reads an instance: items as {@link LeanItem}s, everything else as a DOM. */
class LeanInstanceTest {
    private static final String INSTANCE = """
            <xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
                xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:x="http://example.com/x">
              <link:schemaRef xlink:type="simple" xlink:href="x.xsd"/>
              <x:Cash contextRef="c" unitRef="u" decimals="-3">1000</x:Cash>
              <x:Tuple><x:Cash contextRef="c" unitRef="u" decimals="-3">7</x:Cash></x:Tuple>
              <x:Cash contextRef="c" unitRef="u" decimals="-3" id="f2" xmlns:y="http://example.com/y">007</x:Cash>
              <x:Note contextRef="c" xml:lang="en">-0</x:Note>
              <xbrli:context id="c"/>
            </xbrli:xbrl>
            """;

    private static XmlDocs.Parsed parse(String xml) throws Exception {
        return XmlDocs.parseLean(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "file:/tmp/x.xbrl");
    }

    @Test
    void itemsAreLeanAndEverythingElseIsTheDomInDocumentOrder() throws Exception {
        XmlDocs.Parsed parsed = parse(INSTANCE);
        List<Object> children = parsed.children();
        assertThat(children).hasSize(6);
        assertThat(children.get(0)).isInstanceOf(Element.class); // schemaRef
        assertThat(children.get(1)).isInstanceOf(LeanItem.class);
        assertThat(((Element) children.get(2)).getTagName()).as("an element with children stays a DOM element").isEqualTo("x:Tuple");
        assertThat(children.get(3)).isInstanceOf(LeanItem.class);
        assertThat(children.get(4)).isInstanceOf(LeanItem.class);
        assertThat(((Element) children.get(5)).getTagName()).isEqualTo("xbrli:context");
        Element root = parsed.dom().getDocumentElement();
        assertThat(XmlDocs.pos(root.getElementsByTagName("x:Tuple").item(0)).line()).isEqualTo(5);
        assertThat(root.getElementsByTagName("x:Cash").getLength()).as("only the Cash in the tuple is in the DOM").isEqualTo(1);
        assertThat(root.getFirstChild().getNodeType()).as("the layout between children is not kept").isEqualTo(org.w3c.dom.Node.ELEMENT_NODE);
        assertThat(parsed.counts()).containsEntry("{http://example.com/x}Cash", 2);
    }

    @Test
    void anItemKeepsItsAttributesItsTextAndWhereItIs() throws Exception {
        List<Object> children = parse(INSTANCE).children();
        LeanItem first = (LeanItem) children.get(1);
        assertThat(first.attr(null, "contextRef")).isEqualTo("c");
        assertThat(first.attr(null, "decimals")).isEqualTo("-3");
        assertThat(first.attr(null, "id")).isNull();
        assertThat(first.integer()).as("1000 is kept as a long").isTrue();
        assertThat(first.text()).isEqualTo("1000");
        assertThat(first.line).isEqualTo(4);
        assertThat(first.ordinal).isEqualTo(1);

        LeanItem second = (LeanItem) children.get(3);
        assertThat(second.attr(null, "id")).isEqualTo("f2");
        assertThat(second.integer()).as("007 is not how a long is written: its text is kept").isFalse();
        assertThat(second.text()).isEqualTo("007");
        assertThat(second.ordinal).isEqualTo(2);
        StringBuilder declared = new StringBuilder();
        second.attributes((ns, local, qname, value) -> declared.append(qname).append('=').append(value).append(' '));
        assertThat(declared.toString()).contains("xmlns:y=http://example.com/y").contains("id=f2");

        LeanItem note = (LeanItem) children.get(4);
        assertThat(note.text()).isEqualTo("-0");
        assertThat(note.attr("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
    }

    @Test
    void aDefaultAddedByTheSchemaIsSeenLikeAStatedAttribute() throws Exception {
        LeanItem item = (LeanItem) parse(INSTANCE).children().get(4);
        assertThat(item.attr(null, "decimals")).isNull();
        item.addDefault(null, "decimals", "decimals", "2");
        item.addDefault(null, "precision", "precision", "4");
        assertThat(item.attr(null, "decimals")).isEqualTo("2");
        assertThat(item.attr(null, "precision")).isEqualTo("4");
    }
}
