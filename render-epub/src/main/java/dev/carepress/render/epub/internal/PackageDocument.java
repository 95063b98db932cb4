package dev.carepress.render.epub.internal;

import dev.carepress.model.Person;
import dev.carepress.render.Labels;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The package document ({@code package.opf}): metadata, manifest and spine. */
final class PackageDocument {
  /** {@code dcterms:modified} must be exactly {@code CCYY-MM-DDThh:mm:ssZ}: UTC, no fraction. */
  static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /** The conformance claim; the test suite checks it with EPUBCheck and DAISY Ace. */
  static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

  private PackageDocument() {}

  /**
   * Writes the package document.
   *
   * @param items every file but {@code mimetype}, {@code container.xml} and the package document, in
   *     manifest order; those with {@code spine} set in reading order
   * @param hasImages whether any image is shown (cover or figure): adds the visual access mode and
   *     alternative text
   * @param coverImageId the manifest id of the cover image, if any
   * @param ncx whether {@code toc.ncx} is in the manifest
   */
  static void write(
      Writer out, Publication publication, Labels labels, List<ManifestItem> items, boolean hasImages,
      Optional<String> coverImageId, boolean ncx)
      throws IOException {
    XmlOut x = new XmlOut(out);
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.start("package").attr("xmlns", "http://www.idpf.org/2007/opf").attr("version", "3.0")
        .attr("unique-identifier", "pub-id").attr("xml:lang", publication.language());
    if (Publications.rightToLeft(publication.language())) {
      x.attr("dir", "rtl");
    }
    x.nl();
    metadata(x, publication, labels, hasImages, coverImageId);

    x.start("manifest").nl();
    for (ManifestItem item : items) {
      x.start("item").attr("id", item.id()).attr("href", item.href()).attr("media-type", item.mediaType());
      if (item.properties().isPresent()) {
        x.attr("properties", item.properties().get());
      }
      x.endEmpty().nl();
    }
    x.end("manifest").nl();

    x.start("spine");
    if (ncx) {
      x.attr("toc", "ncx");
    }
    if (Publications.rightToLeft(publication.language())) {
      x.attr("page-progression-direction", "rtl");
    }
    x.nl();
    for (ManifestItem item : items) {
      if (item.spine()) {
        x.start("itemref").attr("idref", item.id()).endEmpty().nl();
      }
    }
    x.end("spine").nl();
    x.end("package").nl();
  }

  /** The Dublin Core metadata, the modification time, the accessibility metadata and the EPUB 2 cover. */
  private static void metadata(XmlOut x, Publication publication, Labels labels, boolean hasImages,
      Optional<String> coverImageId) throws IOException {
    x.start("metadata").attr("xmlns:dc", "http://purl.org/dc/elements/1.1/").nl();
    x.start("dc:identifier").attr("id", "pub-id").text(publication.identifier()).end("dc:identifier").nl();
    // one dc:title: reading systems (and pandoc) show the first title only, or mix up several;
    // the subtitle is on the title page and in the description
    x.start("dc:title").attr("id", "title").text(publication.title()).end("dc:title").nl();
    for (String language : publication.languages()) {
      x.element("dc:language", language).nl();
    }
    List<Person> creators = publication.creators();
    for (int i = 0; i < creators.size(); i++) {
      String id = "creator-" + (i + 1);
      x.start("dc:creator").attr("id", id).text(creators.get(i).name()).end("dc:creator").nl();
      x.start("meta").attr("refines", "#" + id).attr("property", "role").attr("scheme", "marc:relators")
          .text("aut").end("meta").nl();
    }
    if (publication.publisher().isPresent()) {
      x.element("dc:publisher", publication.publisher().get()).nl();
    }
    if (publication.date().isPresent()) {
      x.element("dc:date", publication.date().get().toString()).nl();
    }
    for (String subject : publication.subjects()) {
      x.element("dc:subject", subject).nl();
    }
    if (publication.description().isPresent()) {
      x.element("dc:description", publication.description().get()).nl();
    }
    if (!publication.isBook()) { // one article: the online page it was made from, its own url
      Optional<String> url = publication.url().flatMap(Urls::external);
      if (url.isPresent()) {
        x.element("dc:source", url.get()).nl();
      }
    }
    property(x, "dcterms:modified", MODIFIED.format(publication.modified().truncatedTo(ChronoUnit.SECONDS)));
    accessibility(x, labels, hasImages);
    if (coverImageId.isPresent()) {
      x.start("meta").attr("name", "cover").attr("content", coverImageId.get()).endEmpty().nl(); // EPUB 2 readers
    }
    x.end("metadata").nl();
  }

  /**
   * EPUB Accessibility 1.1 discovery metadata. Every claim is true of what Carepress writes: text
   * for everything (images carry their descriptions), navigation by headings and the table of
   * contents, the reading order of the source, text that reflows in any font and size, and nothing
   * that flashes, moves or sounds.
   */
  private static void accessibility(XmlOut x, Labels labels, boolean hasImages) throws IOException {
    property(x, "schema:accessMode", "textual");
    if (hasImages) {
      property(x, "schema:accessMode", "visual");
    }
    property(x, "schema:accessModeSufficient", "textual");
    for (String feature : hasImages
        ? List.of("tableOfContents", "structuralNavigation", "readingOrder", "displayTransformability", "alternativeText")
        : List.of("tableOfContents", "structuralNavigation", "readingOrder", "displayTransformability")) {
      property(x, "schema:accessibilityFeature", feature);
    }
    property(x, "schema:accessibilityHazard", "none");
    String summary = labels.get("epub.accessibilitySummary");
    if (hasImages) {
      summary += " " + labels.get("epub.accessibilitySummary.images");
    }
    property(x, "schema:accessibilitySummary", summary);
    x.start("meta").attr("property", "dcterms:conformsTo").attr("id", "conformance").text(CONFORMS_TO)
        .end("meta").nl();
  }

  private static void property(XmlOut x, String property, String value) throws IOException {
    x.start("meta").attr("property", property).text(value).end("meta").nl();
  }

}
