package dev.carepress.render;

import java.util.List;

/**
 * The clinic's details (issue 19), declared once for every renderer that shows them: the PDF
 * handout (a box on page 1 and a line in every footer), the HTML page (a block of its own and the
 * schema.org {@code publisher}) and the EPUB (the title page). Each renderer lists the ones it uses
 * in its {@code OPTIONS}, so {@code --set clinicName=…} and {@code --clinic clinic.yaml} reach every
 * format with the same keys. All are text, empty for none.
 */
public final class ClinicOptions {
  /** {@code clinicName}: the clinic's name; default none. */
  public static final Option<String> NAME = Option.text("clinicName", "",
      "the clinic's name, heading its details (empty for none)");
  /** {@code clinicPhone}: the clinic's phone number; default none. */
  public static final Option<String> PHONE = Option.text("clinicPhone", "",
      "the clinic's phone number");
  /** {@code clinicAddress}: the clinic's address on one line; default none. */
  public static final Option<String> ADDRESS = Option.text("clinicAddress", "",
      "the clinic's address on one line");
  /** {@code clinicWeb}: the clinic's web site; default none. */
  public static final Option<String> WEB = Option.text("clinicWeb", "",
      "the clinic's web site (only an http(s) address becomes a link)");
  /** {@code clinicCallUs}: when to call the clinic, in its own words; default none. */
  public static final Option<String> CALL_US = Option.text("clinicCallUs", "",
      "when to call, in the clinic's words (\"Call us if ...\")");
  /** {@code clinicLogo}: a PNG or JPEG file of the clinic's logo; default none. */
  public static final Option<String> LOGO = Option.text("clinicLogo", "",
      "a PNG or JPEG file of the clinic's logo (its alternate text is the clinic's name)");

  /** Every clinic option, in the order {@code carepress formats} lists them. */
  public static final List<Option<?>> ALL = List.of(NAME, PHONE, ADDRESS, WEB, CALL_US, LOGO);

  /** The details that are text (all but the logo), in the order they are shown. */
  public static final List<Option<String>> TEXTS = List.of(NAME, PHONE, ADDRESS, WEB, CALL_US);

  private ClinicOptions() {}
}
