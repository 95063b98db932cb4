// The build failed naming the article's file, line and column and what to change, without a stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /broken\.md:\d+:\d+: error: .*\(.+\)/ : log
assert log.contains('Carepress: 1 of 2 articles not rendered, 1 error; the first: ') : log
assert !log.contains('at dev.carepress.') : 'a stack trace was printed'
assert new File(basedir, 'target/carepress/fine.html').isFile()
assert !new File(basedir, 'target/carepress/broken.html').exists()
return true
