package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** The structure tree built from what was drawn, checked in its COS form. */
class StructureTreeTest {
  private final List<PDPage> pages = List.of(new PDPage(), new PDPage());

  private static COSDictionary document(COSDictionary treeRoot) {
    return (COSDictionary) treeRoot.getDictionaryObject(COSName.K);
  }

  private static List<COSDictionary> elementKids(COSDictionary element) {
    List<COSDictionary> kids = new ArrayList<>();
    for (COSBase kid : element.getCOSArray(COSName.K)) {
      if (kid instanceof COSDictionary && ((COSDictionary) kid).containsKey(COSName.S)) {
        kids.add((COSDictionary) kid);
      }
    }
    return kids;
  }

  private static List<String> types(List<COSDictionary> elements) {
    return elements.stream().map(e -> e.getNameAsString(COSName.S)).toList();
  }

  @Test
  void elementsComeInTheOrderTheirContentWasDrawnAndUndrawnOnesAreLeftOut() {
    StructNode root = StructNode.document();
    StructNode paragraph = root.child("P");
    StructNode heading = root.child("H1");
    root.child("P"); // made while composing, never drawn
    MarkedContent first = new MarkedContent(new ContentWriter(), 0);
    first.mark(heading);
    first.mark(paragraph);
    first.close();
    MarkedContent second = new MarkedContent(new ContentWriter(), 1);
    second.mark(paragraph);
    second.close();
    StructureTree tree = new StructureTree(2);
    tree.page(0, first.byMcid());
    tree.page(1, second.byMcid());
    COSDictionary treeRoot = tree.build(root, pages).getCOSObject();

    COSDictionary doc = document(treeRoot);
    assertThat(doc.getNameAsString(COSName.S)).isEqualTo("Document");
    List<COSDictionary> kids = elementKids(doc);
    assertThat(types(kids)).containsExactly("H1", "P");
    // the paragraph runs onto page 2: an MCID on its own page, a marked-content reference on the other
    COSDictionary p = kids.get(1);
    assertThat(p.getDictionaryObject(COSName.PG)).isSameAs(pages.get(0).getCOSObject());
    COSArray k = p.getCOSArray(COSName.K);
    assertThat(((COSInteger) k.getObject(0)).intValue()).isEqualTo(1);
    COSDictionary mcr = (COSDictionary) k.getObject(1);
    assertThat(mcr.getNameAsString(COSName.TYPE)).isEqualTo("MCR");
    assertThat(mcr.getDictionaryObject(COSName.PG)).isSameAs(pages.get(1).getCOSObject());
    assertThat(mcr.getInt(COSName.MCID)).isZero();
    // the parent tree maps each page's MCIDs back to their elements
    COSArray nums = ((COSDictionary) treeRoot.getDictionaryObject(COSName.PARENT_TREE)).getCOSArray(COSName.NUMS);
    assertThat(((COSInteger) nums.getObject(0)).intValue()).isZero();
    COSArray page0 = (COSArray) nums.getObject(1);
    assertThat(page0.getObject(0)).isSameAs(kids.get(0));
    assertThat(page0.getObject(1)).isSameAs(p);
    assertThat(((COSArray) nums.getObject(3)).getObject(0)).isSameAs(p);
    assertThat(treeRoot.getInt(COSName.PARENT_TREE_NEXT_KEY)).isEqualTo(2);
  }

  @Test
  void aLinkAnnotationIsAnObjectReferenceOfItsLinkElementWithItsOwnParentTreeKey() {
    StructNode root = StructNode.document();
    StructNode link = root.child("P").child("Link");
    MarkedContent marks = new MarkedContent(new ContentWriter(), 0);
    marks.mark(link);
    marks.close();
    StructureTree tree = new StructureTree(2);
    tree.page(0, marks.byMcid());
    PDAnnotationLink annotation = new PDAnnotationLink();
    int key = tree.annotation(link, 0, annotation);
    assertThat(key).as("keys after the pages'").isEqualTo(2);
    COSDictionary treeRoot = tree.build(root, pages).getCOSObject();
    COSDictionary linkElement = elementKids(elementKids(document(treeRoot)).get(0)).get(0);
    COSDictionary objr = (COSDictionary) linkElement.getCOSArray(COSName.K).getObject(1);
    assertThat(objr.getNameAsString(COSName.TYPE)).isEqualTo("OBJR");
    assertThat(objr.getDictionaryObject(COSName.OBJ)).isSameAs(annotation.getCOSObject());
    COSArray nums = ((COSDictionary) treeRoot.getDictionaryObject(COSName.PARENT_TREE)).getCOSArray(COSName.NUMS);
    assertThat(((COSInteger) nums.getObject(2)).intValue()).isEqualTo(key);
    assertThat(nums.getObject(3)).isSameAs(linkElement);
    assertThat(treeRoot.getInt(COSName.PARENT_TREE_NEXT_KEY)).isEqualTo(3);
  }

  @Test
  void altTextLanguageIdsAndAttributesAreWrittenOnTheirElements() {
    StructNode root = StructNode.document();
    StructNode article = root.child("Art");
    article.lang = "es";
    StructNode figure = article.child("Figure");
    figure.alt = "A blue inhaler";
    figure.bbox = new float[] {72f, 100f, 372f, 280f};
    StructNode list = article.child("L");
    list.listNumbering = "Decimal";
    StructNode item = list.child("LI");
    StructNode note = article.child("Note");
    note.id = "fn-1";
    StructNode th = article.child("Table").child("TR").child("TH");
    th.scope = "Column";
    MarkedContent marks = new MarkedContent(new ContentWriter(), 0);
    for (StructNode node : List.of(figure, item, note, th)) {
      marks.mark(node);
    }
    marks.close();
    StructureTree tree = new StructureTree(1);
    tree.page(0, marks.byMcid());
    COSDictionary treeRoot = tree.build(root, pages).getCOSObject();

    COSDictionary art = elementKids(document(treeRoot)).get(0);
    assertThat(art.getString(COSName.LANG)).isEqualTo("es");
    List<COSDictionary> kids = elementKids(art);
    assertThat(types(kids)).containsExactly("Figure", "L", "Note", "Table");
    COSDictionary fig = kids.get(0);
    assertThat(fig.getString(COSName.ALT)).isEqualTo("A blue inhaler");
    COSDictionary layout = (COSDictionary) fig.getDictionaryObject(COSName.A);
    assertThat(layout.getNameAsString(COSName.O)).isEqualTo("Layout");
    assertThat(layout.getCOSArray(COSName.BBOX).toFloatArray()).containsExactly(72f, 100f, 372f, 280f);
    COSDictionary listAttribute = (COSDictionary) kids.get(1).getDictionaryObject(COSName.A);
    assertThat(listAttribute.getNameAsString(COSName.getPDFName("ListNumbering"))).isEqualTo("Decimal");
    assertThat(kids.get(2).getString(COSName.ID)).isEqualTo("fn-1");
    COSArray ids = ((COSDictionary) treeRoot.getDictionaryObject(COSName.ID_TREE)).getCOSArray(COSName.NAMES);
    assertThat(ids.getString(0)).isEqualTo("fn-1");
    assertThat(ids.getObject(1)).isSameAs(kids.get(2));
    COSDictionary header = elementKids(elementKids(kids.get(3)).get(0)).get(0);
    COSDictionary scope = (COSDictionary) header.getDictionaryObject(COSName.A);
    assertThat(scope.getNameAsString(COSName.O)).isEqualTo("Table");
    assertThat(scope.getNameAsString(COSName.getPDFName("Scope"))).isEqualTo("Column");
    COSDictionary roleMap = (COSDictionary) treeRoot.getDictionaryObject(COSName.ROLE_MAP);
    assertThat(roleMap.getNameAsString(COSName.getPDFName("Aside"))).isEqualTo("Sect");
  }
}
