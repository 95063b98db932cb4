package dev.carepress.render.html;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker, in this JVM, set up once (it takes a second or two) and reused. */
final class NuChecker {
  private static NuChecker instance;

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  private static final class Collector implements ErrorHandler {
    final List<String> errors = new ArrayList<>();
    String file = "";

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }

  private NuChecker() throws Exception {
    validator = new SimpleDocumentValidator(true, false, true);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
    validator.setUpValidatorAndParsers(collector, false, false);
  }

  static synchronized NuChecker get() throws Exception {
    if (instance == null) {
      instance = new NuChecker();
    }
    return instance;
  }

  /** The errors the checker reports for the page, as {@code file:line:column: message}. */
  synchronized List<String> errors(File page) throws Exception {
    collector.errors.clear();
    collector.file = page.getPath();
    validator.checkHtmlFile(page, true);
    return new ArrayList<>(collector.errors);
  }
}
