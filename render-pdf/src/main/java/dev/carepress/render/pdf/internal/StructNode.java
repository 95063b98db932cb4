package dev.carepress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the document's logical structure (PDF structure element), made while composing and
 * filled while drawing. A node joins its parent's kids the first time content of it (or of a
 * descendant) is drawn, so the kids come out in drawing order, which is reading order.
 */
public final class StructNode {
  /** A marked-content reference: content with this MCID on this page. */
  record Content(int page, int mcid) {}

  /** An annotation (a link) belonging to the node. */
  record Annotation(int page, Object annotation, int structParent) {}

  final String type;
  final StructNode parent;
  final List<Object> kids = new ArrayList<>(4);
  String alt;
  String id;
  String lang;
  String scope;
  String listNumbering;
  String title;
  float[] bbox;
  private boolean attached;

  StructNode(String type, StructNode parent) {
    this.type = type;
    this.parent = parent;
    this.attached = parent == null;
  }

  /** The root of a document's structure. */
  static StructNode document() {
    return new StructNode("Document", null);
  }

  /** A new child of this node (not yet attached). */
  StructNode child(String childType) {
    return new StructNode(childType, this);
  }

  /** Adds the node to its ancestors' kids if it is not there yet. */
  void attach() {
    if (!attached) {
      parent.attach();
      parent.kids.add(this);
      attached = true;
    }
  }
}
