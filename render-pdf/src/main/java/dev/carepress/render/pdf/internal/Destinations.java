package dev.carepress.render.pdf.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Where each anchor of a document landed once paginated: what internal links, the outline and the
 * table of contents' page numbers go to. The first anchor of a name wins.
 */
final class Destinations {
  /** Where an anchor is: its page (from 0) and height on it. */
  private record Target(int page, float y) {}

  private final List<PDPage> pages;
  private final Map<String, Target> anchors = new HashMap<>();

  Destinations(List<Page> paginated, List<PDPage> pages) {
    this.pages = pages;
    for (int i = 0; i < paginated.size(); i++) {
      for (Op op : paginated.get(i).ops) {
        if (op instanceof Op.Anchor) {
          anchors.putIfAbsent(((Op.Anchor) op).name(), new Target(i, ((Op.Anchor) op).y()));
        }
      }
    }
  }

  /** A destination showing the anchor at the top of the window, if the anchor exists. */
  Optional<PDPageXYZDestination> of(String anchor) {
    Target target = anchors.get(anchor);
    if (target == null) {
      return Optional.empty();
    }
    PDPageXYZDestination dest = new PDPageXYZDestination();
    dest.setPage(pages.get(target.page()));
    dest.setTop(Math.round(target.y()));
    dest.setLeft(0);
    return Optional.of(dest);
  }

  /** The page number (from 1) the anchor is on, or empty if it does not exist. */
  String pageNumber(String anchor) {
    Target target = anchors.get(anchor);
    return target == null ? "" : String.valueOf(target.page() + 1);
  }
}
