// The README's block, as a new user would paste it: a site, handouts and e-books, and a passing check.
def out = new File(basedir, 'target/carepress')
['asthma.html', 'flu.html', 'index.html', 'asthma.pdf', 'flu.pdf', 'asthma.epub', 'flu.epub'].each { name ->
  assert new File(out, name).isFile() : "no $name in $out: ${out.list()}"
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Carepress: 2 articles checked: 2 passed') : log
return true
