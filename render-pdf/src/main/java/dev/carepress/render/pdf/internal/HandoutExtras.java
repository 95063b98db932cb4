package dev.carepress.render.pdf.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * What a clinic adds to a handout's first page (issue 19): its details, and the address the
 * article is published under, for a QR code to the online version.
 *
 * @param clinic the clinic's details, {@link ClinicDetails#NONE} for none
 * @param qrBase the URL the article pages are published under (a QR code to {@code <qrBase><slug>.html}
 *     goes on page 1), or empty for no QR code
 */
public record HandoutExtras(ClinicDetails clinic, Optional<String> qrBase) {

  /** Nothing added. */
  public static final HandoutExtras NONE = new HandoutExtras(ClinicDetails.NONE, Optional.empty());

  /** Checks that nothing is null, and ends a base URL with {@code /}. */
  public HandoutExtras {
    Objects.requireNonNull(clinic, "clinic");
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
