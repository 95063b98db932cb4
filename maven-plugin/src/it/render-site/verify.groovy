// A site of two articles, a PDF handout and an e-book of each, and the book as an EPUB and a PDF booklet.
def out = new File(basedir, 'target/carepress')
['asthma.html', 'flu.html', 'index.html', 'asthma.pdf', 'flu.pdf', 'asthma.epub', 'flu.epub',
 'two-guides.epub', 'two-guides.pdf'].each { name ->
  assert new File(out, name).isFile() : "no $name in $out: ${out.list()}"
}
assert new String(new File(out, 'asthma.pdf').bytes, 0, 5, 'ISO-8859-1') == '%PDF-'
assert new File(out, 'index.html').getText('UTF-8').contains('Asthma')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Carepress: 2 of 2 articles rendered and the book')
assert !log.contains('[ERROR]')
return true
