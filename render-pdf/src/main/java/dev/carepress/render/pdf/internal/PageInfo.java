package dev.carepress.render.pdf.internal;

/**
 * What the running header and footer of a page say.
 *
 * @param header the short title in the header, or empty for none (a title page)
 * @param reviewed the "Last reviewed …" text in the footer, or empty
 * @param pageOf the pattern for "Page {0} of {1}" in the page's language
 */
record PageInfo(String header, String reviewed, String pageOf) {}
