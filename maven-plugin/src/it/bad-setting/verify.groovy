// A bad setting fails the build naming the key and the values it takes.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("setting 'pageSize'") : log
assert log.contains('A4') && log.contains('LETTER') : log
assert !log.contains('at dev.carepress.') : 'a stack trace was printed'
return true
