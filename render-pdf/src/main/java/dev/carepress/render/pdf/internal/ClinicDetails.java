package dev.carepress.render.pdf.internal;

import java.util.Objects;

/**
 * A clinic's details for the handouts it gives out (issue 19): its name, phone number, address,
 * web site and a short "Call us if…" text, each blank when not given. Shown in a box on page 1 and
 * as a line in every page's footer.
 *
 * @param name the clinic's name, the box's heading
 * @param phone the phone number to call
 * @param address the postal address, on one line
 * @param web the clinic's web site
 * @param callUs when to call, in the clinic's words ("Call us if your breathing gets worse.")
 * @param logo the clinic's logo, at the top of its box, tagged Figure with the name as its alternate text
 */
public record ClinicDetails(String name, String phone, String address, String web, String callUs, Logo logo) {

  /** No clinic details. */
  public static final ClinicDetails NONE = new ClinicDetails("", "", "", "", "");

  /**
   * The bytes of the clinic's logo, a PNG or JPEG; empty for none.
   *
   * @param bytes the file's bytes
   */
  public record Logo(byte[] bytes) {
    /** Copies the bytes. */
    public Logo {
      bytes = bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Logo && java.util.Arrays.equals(((Logo) other).bytes, bytes);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Logo[" + bytes.length + " bytes]";
    }
  }

  /** Details without a logo. */
  public ClinicDetails(String name, String phone, String address, String web, String callUs) {
    this(name, phone, address, web, callUs, new Logo(new byte[0]));
  }

  /** These details with this logo (no bytes for none). */
  public ClinicDetails withLogo(byte[] bytes) {
    return new ClinicDetails(name, phone, address, web, callUs, new Logo(bytes));
  }

  /** Details, each stripped; {@code null} is not allowed. */
  public ClinicDetails {
    Objects.requireNonNull(logo, "logo");
    name = Objects.requireNonNull(name, "name").strip();
    phone = Objects.requireNonNull(phone, "phone").strip();
    address = Objects.requireNonNull(address, "address").strip();
    web = Objects.requireNonNull(web, "web").strip();
    callUs = Objects.requireNonNull(callUs, "callUs").strip();
  }

  /** Whether nothing was given. */
  public boolean isEmpty() {
    return name.isEmpty() && phone.isEmpty() && address.isEmpty() && web.isEmpty() && callUs.isEmpty()
        && logo.bytes().length == 0;
  }

  /** The footer's line: name, phone and web site, those given, separated by a middle dot. */
  String footerLine() {
    StringBuilder line = new StringBuilder();
    for (String part : new String[] {name, phone, web}) {
      if (!part.isEmpty()) {
        line.append(line.length() == 0 ? "" : " \u00b7 ").append(part);
      }
    }
    return line.toString();
  }
}
