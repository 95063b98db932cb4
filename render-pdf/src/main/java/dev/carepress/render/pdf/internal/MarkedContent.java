package dev.carepress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The marked-content sequences of one page's content stream: content of a structure element gets
 * the next MCID and becomes a kid of its element; decoration and running heads are artifacts. A
 * sequence stays open while the content that follows belongs to the same element or artifact.
 */
final class MarkedContent {
  private final ContentWriter cs;
  private final int page;
  private final List<StructNode> byMcid = new ArrayList<>();
  private StructNode open;
  private String openArtifact;

  MarkedContent(ContentWriter cs, int page) {
    this.cs = cs;
    this.page = page;
  }

  /** Starts content of the element, unless its sequence is already open. */
  void mark(StructNode node) {
    if (open == node) {
      return;
    }
    close();
    node.attach();
    int id = byMcid.size();
    cs.name(node.type).raw("<</MCID ").integer(id).raw(">> ").op("BDC");
    node.kids.add(new StructNode.Content(page, id));
    byMcid.add(node);
    open = node;
  }

  /**
   * Starts an artifact, unless one of the same kind is already open.
   *
   * @param type {@code Layout} (decoration) or {@code Pagination} (running heads, repeated headers)
   * @param subtype {@code Header}, {@code Footer} or null
   */
  void artifact(String type, String subtype) {
    String key = subtype == null ? type : type + "/" + subtype;
    if (key.equals(openArtifact)) {
      return;
    }
    close();
    cs.name("Artifact").raw("<</Type /" + type + (subtype == null ? "" : " /Subtype /" + subtype) + ">> ").op("BDC");
    openArtifact = key;
  }

  /** Ends the open sequence, if any. */
  void close() {
    if (open != null || openArtifact != null) {
      cs.op("EMC");
      open = null;
      openArtifact = null;
    }
  }

  /** The element of each MCID of the page, in order. */
  List<StructNode> byMcid() {
    return byMcid;
  }
}
