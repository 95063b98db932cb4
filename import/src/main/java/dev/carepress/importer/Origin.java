package dev.carepress.importer;

/** Where an imported field came from, in the importer's order of trust (most trusted first). */
public enum Origin {
  /** A schema.org JSON-LD block ({@code <script type="application/ld+json">}). */
  JSON_LD("JSON-LD"),
  /** schema.org microdata ({@code itemprop}) on the page's elements. */
  MICRODATA("microdata"),
  /** Open Graph ({@code og:*}) and {@code article:*} meta tags. */
  OPEN_GRAPH("Open Graph meta"),
  /** {@code citation_*}, Dublin Core and plain meta tags ({@code description}, {@code author} …). */
  META("meta tags"),
  /** What the page shows: its heading, dates, breadcrumb, byline, counters and boxes. */
  PAGE("the page"),
  /** The page's file name or address. */
  FILE("the file name"),
  /** Nothing on the page: the importer's default. */
  DEFAULT("a default");

  private final String label;

  Origin(String label) {
    this.label = label;
  }

  /** A short name for reports, e.g. {@code JSON-LD}. */
  public String label() {
    return label;
  }
}
