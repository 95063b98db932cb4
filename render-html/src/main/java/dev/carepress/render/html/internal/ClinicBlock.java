package dev.carepress.render.html.internal;

import dev.carepress.render.ClinicOptions;
import dev.carepress.render.OptionValues;
import dev.carepress.render.html.markup.MarkupWriter;
import dev.carepress.text.UrlPolicy;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The clinic's details on an article page (issue 19), in a block of their own after the article:
 * the name as a heading, when to call, then the phone number (a {@code tel:} link), the address and
 * the web site in an {@code <address>}. Each text is the clinic's own, of whatever direction, so
 * it is isolated in a {@code <bdi>} (the phone number and web address always left to right), and
 * a right-to-left page keeps it whole. Written only when a detail is set, so pages without a
 * clinic stay as they were; its rules ({@code clinic.css}) join the stylesheet only then too.
 *
 * @param name the clinic's name, or empty
 * @param phone its phone number, or empty
 * @param address its address on one line, or empty
 * @param web its web site, or empty
 * @param callUs when to call it, or empty
 */
public record ClinicBlock(String name, String phone, String address, String web, String callUs) {
  /** Characters a phone number is written with besides its digits; the {@code tel:} link leaves them out. */
  private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s\\u00a0().\\-/]");
  private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9]{3,}");

  /** The clinic set in the options, or empty when none of its details is. */
  static Optional<ClinicBlock> of(OptionValues values) {
    ClinicBlock clinic = new ClinicBlock(values.get(ClinicOptions.NAME).strip(), values.get(ClinicOptions.PHONE).strip(),
        values.get(ClinicOptions.ADDRESS).strip(), values.get(ClinicOptions.WEB).strip(),
        values.get(ClinicOptions.CALL_US).strip());
    boolean any = !(clinic.name.isEmpty() && clinic.phone.isEmpty() && clinic.address.isEmpty() && clinic.web.isEmpty()
        && clinic.callUs.isEmpty());
    return any ? Optional.of(clinic) : Optional.empty();
  }

  /** Writes the block. */
  void write(MarkupWriter w) {
    w.start("div").attr("class", "cp-clinic").newline();
    if (!name.isEmpty()) {
      w.start("h2");
      isolated(w, name, false);
      w.end("h2").newline();
    }
    if (!callUs.isEmpty()) {
      w.start("p").attr("class", "cp-clinic-call");
      isolated(w, callUs, false);
      w.end("p").newline();
    }
    if (!(phone.isEmpty() && address.isEmpty() && web.isEmpty())) {
      w.start("address").newline();
      if (!phone.isEmpty()) {
        w.start("p");
        link(w, telHref(phone), phone);
        w.end("p").newline();
      }
      if (!address.isEmpty()) {
        w.start("p");
        isolated(w, address, false);
        w.end("p").newline();
      }
      if (!web.isEmpty()) {
        w.start("p");
        link(w, webHref(web), web);
        w.end("p").newline();
      }
      w.end("address").newline();
    }
    w.end("div").newline();
  }

  /** A link when there is an href, else the text; always left to right (a number or an address). */
  private static void link(MarkupWriter w, Optional<String> href, String text) {
    if (href.isPresent()) {
      w.start("a").attr("href", href.get());
      isolated(w, text, true);
      w.end("a");
    } else {
      isolated(w, text, true);
    }
  }

  private static void isolated(MarkupWriter w, String text, boolean leftToRight) {
    w.start("bdi");
    if (leftToRight) {
      w.attr("dir", "ltr");
    }
    w.text(text).end("bdi");
  }

  /**
   * The {@code tel:} link of a phone number written with digits, an optional leading {@code +} and
   * spaces, dots, dashes, slashes or brackets; none for anything else (an extension, letters), which
   * is shown as text.
   */
  static Optional<String> telHref(String phone) {
    String digits = PHONE_PUNCTUATION.matcher(phone).replaceAll("");
    return DIALLABLE.matcher(digits).matches() ? Optional.of("tel:" + digits) : Optional.empty();
  }

  /** The web site as a link when it is an http(s) address. */
  private static Optional<String> webHref(String web) {
    Optional<String> scheme = UrlPolicy.scheme(web);
    boolean http = scheme.isPresent() && (scheme.get().equals("http") || scheme.get().equals("https"));
    return http ? Optional.of(Urls.clean(web)) : Optional.empty();
  }
}
