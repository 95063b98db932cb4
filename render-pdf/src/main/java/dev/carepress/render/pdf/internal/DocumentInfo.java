package dev.carepress.render.pdf.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the document says about itself: XMP metadata, the Info dictionary, the catalog language.
 *
 * @param title the title (also the window title)
 * @param language the BCP 47 language
 * @param authors the authors' names
 * @param description the summary
 * @param keywords the tags and subjects
 * @param created the first publication date
 * @param modified the last change date
 */
record DocumentInfo(String title, String language, List<String> authors, Optional<String> description,
    List<String> keywords, Optional<LocalDate> created, Optional<LocalDate> modified) {}
