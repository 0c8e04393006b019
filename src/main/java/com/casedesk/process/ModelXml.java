package com.casedesk.process;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A model's XML as {@link DeploymentRules} reads it: untrusted input, walked element by element. */
final class ModelXml {

    private ModelXml() {
    }

    static Document parse(byte[] content) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // a model is untrusted input: no DTDs, no external entities
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e; // reported as a finding, not printed to stderr
            }
        });
        return builder.parse(new ByteArrayInputStream(content));
    }

    /** The id of the element, or of the nearest enclosing element that has one. */
    static String elementId(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("id") && !e.getAttribute("id").isBlank()) {
                return e.getAttribute("id");
            }
        }
        return "(document)";
    }

    static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /** Whether an enclosing element sets the attribute (a language set on the table holds for its cells). */
    static boolean setAbove(Element element, String attribute) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if (!e.getAttribute(attribute).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
