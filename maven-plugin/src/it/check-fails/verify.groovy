// The check failed the build: the hard article fell short, the broken one is named by file:line:column.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /broken\.md:\d+:\d+: error: / : log
assert log.contains('hard.md: fell short') : log
assert log.contains('Carepress: 2 articles checked: 0 passed, 1 fell short, 1 invalid') : log
assert !log.contains('at dev.carepress.') : 'a stack trace was printed'
assert new File(basedir, 'target/carepress-check.json').getText('UTF-8').replaceAll('\\s', '').contains('"fellShort":1')
return true
