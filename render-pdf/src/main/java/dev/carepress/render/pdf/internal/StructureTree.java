package dev.carepress.render.pdf.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The tagged structure of a document (PDF/UA): the structure elements made from the {@link
 * StructNode} tree, with their marked-content and annotation kids, the parent tree that maps each
 * page's MCIDs and each link annotation back to its element, the ID tree and the role map. Filled
 * while pages are drawn, built once they all are. One per document.
 */
final class StructureTree {
  private final TreeMap<Integer, COSBase> parentTree = new TreeMap<>();
  private final Map<StructNode, COSDictionary> elements = new HashMap<>();
  private int nextKey;

  /** A tree for a document of this many pages: the pages take the first parent-tree keys. */
  StructureTree(int pageCount) {
    this.nextKey = pageCount;
  }

  /** Records the elements a page's marked content belongs to, in MCID order. */
  void page(int index, List<StructNode> byMcid) {
    COSArray mcids = new COSArray();
    for (StructNode node : byMcid) {
      mcids.add(element(node));
    }
    parentTree.put(index, mcids);
  }

  /** Makes a link annotation a kid of its element; returns its key in the parent tree. */
  int annotation(StructNode node, int page, PDAnnotationLink link) {
    int key = nextKey++;
    node.kids.add(new StructNode.Annotation(page, link, key));
    parentTree.put(key, element(node));
    return key;
  }

  /** The structure tree root of everything drawn under {@code root}. */
  PDStructureTreeRoot build(StructNode root, List<PDPage> pages) {
    COSDictionary treeRoot = new COSDictionary();
    treeRoot.setName(COSName.TYPE, "StructTreeRoot");
    Map<String, COSDictionary> ids = new TreeMap<>();
    buildElement(root, treeRoot, ids, pages);
    treeRoot.setItem(COSName.K, element(root));
    COSArray nums = new COSArray();
    for (Map.Entry<Integer, COSBase> e : parentTree.entrySet()) {
      nums.add(COSInteger.get(e.getKey()));
      nums.add(e.getValue());
    }
    COSDictionary parentTreeDict = new COSDictionary();
    parentTreeDict.setItem(COSName.NUMS, nums);
    treeRoot.setItem(COSName.PARENT_TREE, parentTreeDict);
    treeRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
    if (!ids.isEmpty()) {
      COSArray names = new COSArray();
      for (Map.Entry<String, COSDictionary> e : ids.entrySet()) {
        names.add(new COSString(e.getKey()));
        names.add(e.getValue());
      }
      COSDictionary idTree = new COSDictionary();
      idTree.setItem(COSName.NAMES, names);
      treeRoot.setItem(COSName.ID_TREE, idTree);
    }
    COSDictionary roleMap = new COSDictionary();
    roleMap.setName(COSName.getPDFName("Aside"), "Sect"); // PDF 1.7 has no Aside
    treeRoot.setItem(COSName.ROLE_MAP, roleMap);
    return new PDStructureTreeRoot(treeRoot);
  }

  private COSDictionary element(StructNode node) {
    return elements.computeIfAbsent(node, n -> new COSDictionary());
  }

  private void buildElement(StructNode node, COSDictionary parent, Map<String, COSDictionary> ids,
      List<PDPage> pages) {
    COSDictionary d = element(node);
    d.setName(COSName.TYPE, "StructElem");
    d.setName(COSName.S, node.type);
    d.setItem(COSName.P, parent);
    if (node.alt != null) {
      d.setString(COSName.ALT, node.alt);
    }
    if (node.lang != null) {
      d.setString(COSName.LANG, node.lang);
    }
    if (node.id != null) {
      d.setString(COSName.ID, node.id);
      ids.put(node.id, d);
    }
    COSArray attributes = attributes(node);
    if (attributes.size() == 1) {
      d.setItem(COSName.A, attributes.get(0));
    } else if (attributes.size() > 1) {
      d.setItem(COSName.A, attributes);
    }
    int page = firstPage(node);
    if (page >= 0) {
      d.setItem(COSName.PG, pages.get(page));
    }
    COSArray k = new COSArray();
    for (Object kid : node.kids) {
      if (kid instanceof StructNode) {
        buildElement((StructNode) kid, d, ids, pages);
        k.add(element((StructNode) kid));
      } else if (kid instanceof StructNode.Content) {
        k.add(content((StructNode.Content) kid, page, pages));
      } else {
        StructNode.Annotation a = (StructNode.Annotation) kid;
        COSDictionary objr = new COSDictionary();
        objr.setName(COSName.TYPE, "OBJR");
        objr.setItem(COSName.PG, pages.get(a.page()));
        objr.setItem(COSName.OBJ, ((PDAnnotationLink) a.annotation()).getCOSObject());
        k.add(objr);
      }
    }
    d.setItem(COSName.K, k);
  }

  /** The page of the element's first content or annotation (its /Pg), or -1. */
  private static int firstPage(StructNode node) {
    for (Object kid : node.kids) {
      if (kid instanceof StructNode.Content) {
        return ((StructNode.Content) kid).page();
      }
      if (kid instanceof StructNode.Annotation) {
        return ((StructNode.Annotation) kid).page();
      }
    }
    return -1;
  }

  /** An MCID on the element's own page, or a marked-content reference to another page. */
  private static COSBase content(StructNode.Content c, int page, List<PDPage> pages) {
    if (c.page() == page) {
      return COSInteger.get(c.mcid());
    }
    COSDictionary mcr = new COSDictionary();
    mcr.setName(COSName.TYPE, "MCR");
    mcr.setItem(COSName.PG, pages.get(c.page()));
    mcr.setInt(COSName.MCID, c.mcid());
    return mcr;
  }

  /** The table scope, list numbering and figure bounding box attributes. */
  private static COSArray attributes(StructNode node) {
    COSArray attributes = new COSArray();
    if (node.scope != null) {
      attributes.add(attribute("Table", "Scope", COSName.getPDFName(node.scope)));
    }
    if (node.listNumbering != null) {
      attributes.add(attribute("List", "ListNumbering", COSName.getPDFName(node.listNumbering)));
    }
    if (node.bbox != null) {
      COSArray box = new COSArray();
      for (float v : node.bbox) {
        box.add(new COSFloat(v));
      }
      COSDictionary layout = attribute("Layout", "BBox", box);
      layout.setName(COSName.getPDFName("Placement"), "Block");
      attributes.add(layout);
    }
    return attributes;
  }

  private static COSDictionary attribute(String owner, String key, COSBase value) {
    COSDictionary a = new COSDictionary();
    a.setName(COSName.O, owner);
    a.setItem(COSName.getPDFName(key), value);
    return a;
  }
}
