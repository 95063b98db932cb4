package dev.carepress.render.pdf.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document catalog and metadata: the structure tree, "marked", the language, the window
 * showing the title, XMP metadata (PDF/A-2a and PDF/UA-1 identification), the sRGB output intent,
 * the outline, and the Info dictionary matching the XMP.
 */
final class CatalogWriter {
  private static final String PRODUCER = "Carepress";
  private static final String SRGB_NAME = "sRGB IEC61966-2.1";
  /** The sRGB profile of the output intent (made without the JDK's colour management), compressed once per JVM. */
  private static final byte[] SRGB = zlibOnce(SrgbProfile.bytes());

  private CatalogWriter() {}

  static void write(PDDocument doc, PDStructureTreeRoot tree, List<Outline> outline, Destinations destinations,
      DocumentInfo info) throws IOException {
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setStructureTreeRoot(tree);
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    catalog.setLanguage(info.language());
    PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
    prefs.setDisplayDocTitle(true);
    if (info.rightToLeft()) {
      prefs.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
    }
    catalog.setViewerPreferences(prefs);
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(Xmp.packet(info, PRODUCER));
    catalog.setMetadata(metadata);
    catalog.addOutputIntent(outputIntent(doc));
    if (!outline.isEmpty()) {
      catalog.setDocumentOutline(outline(outline, destinations));
      catalog.setPageMode(PageMode.USE_OUTLINES);
    }
    doc.setDocumentInformation(information(info));
  }

  /** The sRGB output intent PDF/A asks for. */
  private static PDOutputIntent outputIntent(PDDocument doc) throws IOException {
    COSDictionary intentDict = new COSDictionary();
    intentDict.setName(COSName.TYPE, "OutputIntent");
    intentDict.setName(COSName.S, "GTS_PDFA1");
    COSStream profile = FontEmbedder.deflated(doc.getDocument(), SRGB);
    profile.setInt(COSName.N, 3);
    intentDict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    PDOutputIntent intent = new PDOutputIntent(intentDict);
    intent.setInfo(SRGB_NAME);
    intent.setOutputCondition(SRGB_NAME);
    intent.setOutputConditionIdentifier(SRGB_NAME);
    intent.setRegistryName("http://www.color.org");
    return intent;
  }

  /** The bookmarks, nested by level; an entry whose anchor was never drawn is left out. */
  private static PDDocumentOutline outline(List<Outline> outline, Destinations destinations) {
    PDDocumentOutline docOutline = new PDDocumentOutline();
    List<PDOutlineItem> stack = new ArrayList<>();
    for (Outline entry : outline) {
      Optional<PDPageXYZDestination> dest = destinations.of(entry.anchor());
      if (dest.isEmpty()) {
        continue;
      }
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(entry.title());
      item.setDestination(dest.get());
      int level = Math.max(1, entry.level());
      while (stack.size() >= level) {
        stack.remove(stack.size() - 1);
      }
      if (stack.isEmpty()) {
        docOutline.addLast(item);
      } else {
        stack.get(stack.size() - 1).addLast(item);
      }
      stack.add(item);
    }
    return docOutline;
  }

  /** The Info dictionary: the same title, authors, subject, keywords and dates as the XMP. */
  private static PDDocumentInformation information(DocumentInfo info) {
    PDDocumentInformation di = new PDDocumentInformation();
    di.setTitle(info.title());
    di.setProducer(PRODUCER);
    if (!info.authors().isEmpty()) {
      di.setAuthor(String.join(", ", info.authors()));
    }
    info.description().ifPresent(di::setSubject);
    if (!info.keywords().isEmpty()) {
      di.setKeywords(String.join(", ", info.keywords()));
    }
    if (info.created().isPresent() || info.modified().isPresent()) {
      di.setCreator(PRODUCER);
    }
    info.created().ifPresent(d -> di.getCOSObject().setString(COSName.CREATION_DATE, pdfDate(d)));
    info.modified().ifPresent(d -> di.getCOSObject().setString(COSName.MOD_DATE, pdfDate(d)));
    return di;
  }

  private static byte[] zlibOnce(byte[] data) {
    try (Flate f = new Flate()) {
      return f.zlib(data);
    }
  }

  /** A PDF date at midnight UTC, matching the XMP dates. */
  private static String pdfDate(LocalDate date) {
    return String.format(Locale.ROOT, "D:%04d%02d%02d000000Z", date.getYear(), date.getMonthValue(),
        date.getDayOfMonth());
  }
}
