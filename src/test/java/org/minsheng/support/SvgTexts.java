package org.minsheng.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

/** The words of an exported SVG chart, in drawing order: what a reader of the printed figure sees. */
public final class SvgTexts {

    private SvgTexts() {}

    public static List<String> of(byte[] svg) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        var nodes = document.getElementsByTagName("text");
        var texts = new ArrayList<String>();
        for (int n = 0; n < nodes.getLength(); n++) {
            texts.add(nodes.item(n).getTextContent());
        }
        return texts;
    }
}
