def out = new File(basedir, 'target/carepress')
assert new File(out, 'asthma.html').isFile()
assert new File(out, '.carepress-manifest').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Carepress: nothing changed, 2 articles up to date') : log
return true
