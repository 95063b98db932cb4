package dev.carepress.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in the JVM, initialised once: PDF/UA-1 and PDF/A-2a, every failed rule listed. */
final class VeraPdf {
  private static boolean initialised;

  private VeraPdf() {}

  private static synchronized void init() {
    if (!initialised) {
      VeraGreenfieldFoundryProvider.initialise();
      initialised = true;
    }
  }

  /** The failed rules for PDF/UA-1 and PDF/A-2a, e.g. {@code ISO 14289-1:2014 7.1-3: ...}; empty when compliant. */
  static List<String> failures(byte[] pdf) throws Exception {
    init();
    List<String> failures = new ArrayList<>();
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
      try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
          PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
        ValidationResult result = validator.validate(parser);
        if (!result.isCompliant()) {
          for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() == TestAssertion.Status.FAILED) {
              String rule = a.getRuleId().getSpecification().getId() + " " + a.getRuleId().getClause() + "-"
                  + a.getRuleId().getTestNumber();
              String line = flavour.getId() + " " + rule + ": " + a.getErrorMessage() + " @ " + a.getLocation().getContext();
              if (failures.stream().noneMatch(f -> f.startsWith(flavour.getId() + " " + rule + ":"))) {
                failures.add(line);
              }
            }
          }
          if (failures.isEmpty()) {
            failures.add(flavour.getId() + " not compliant (no failed assertion listed)");
          }
        }
      }
    }
    return failures;
  }
}
