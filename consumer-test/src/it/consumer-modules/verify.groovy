// The renderers were found as named modules (their provides clauses), and each wrote its file.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('html from module dev.carepress.render.html')
assert log.contains('pdf from module dev.carepress.render.pdf')
assert log.contains('epub from module dev.carepress.render.epub')
// PDFBox frees its mapped buffers through jdk.unsupported, which render-pdf's module requires
assert !log.contains('Unmapping is not supported')
def out = new File(basedir, 'out')
assert new String(new File(out, 'asthma.pdf').bytes, 0, 5, 'ISO-8859-1') == '%PDF-'
assert new String(new File(out, 'asthma.epub').bytes, 30, 8, 'ISO-8859-1') == 'mimetype'
assert new File(out, 'asthma.html').getText('UTF-8').contains('<h1')
return true
