// The examples' plain-text renderer, on the plugin's <dependencies>, rendered beside the HTML site.
def out = new File(basedir, 'target/carepress')
assert new File(out, 'asthma.txt').isFile() : "no asthma.txt in ${out.list()}"
assert new File(out, 'asthma.txt').getText('UTF-8').contains('Asthma')
assert new File(out, 'index.html').isFile()
return true
