package dev.carepress.render.pdf.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * What a clinic adds to a handout (issue 19): its details, the address the article is published
 * under, and where the QR code to the online version goes.
 *
 * @param clinic the clinic's details, {@link ClinicDetails#NONE} for none
 * @param qrBase the URL the article pages are published under (the code leads to {@code
 *     <qrBase><slug>.html} unless the article has its own {@code url}), or empty for none
 * @param qr where the QR code goes; there is a code only when the article has an address online
 */
public record HandoutExtras(ClinicDetails clinic, Optional<String> qrBase, Qr qr) {

  /** Nothing added. */
  public static final HandoutExtras NONE = new HandoutExtras(ClinicDetails.NONE, Optional.empty(), Qr.OFF);

  /** Where the QR code goes. */
  public enum Qr {
    /** On page 1, after the key points (in the clinic's box when there is one). */
    PAGE_ONE,
    /** At the foot of the last page, after the disclaimer, just above the footer. */
    FOOTER,
    /** No QR code. */
    OFF
  }

  /** Checks that nothing is null, and ends a base URL with {@code /}. */
  public HandoutExtras {
    Objects.requireNonNull(clinic, "clinic");
    Objects.requireNonNull(qr, "qr");
    qrBase = Objects.requireNonNull(qrBase, "qrBase").map(String::strip).filter(b -> !b.isEmpty())
        .map(b -> b.endsWith("/") ? b : b + "/");
  }

  /** The text the footer shows besides the page number and review date: the clinic's line and the site URL. */
  Optional<String> footer(Optional<String> footerUrl) {
    String clinicLine = clinic.footerLine();
    if (clinicLine.isEmpty()) {
      return footerUrl;
    }
    return Optional.of(footerUrl.map(url -> clinicLine + " \u00b7 " + url).orElse(clinicLine));
  }
}
