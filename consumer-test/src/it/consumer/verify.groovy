// The program ran during the build: each format's file must be there and be what it claims.
def out = new File(basedir, 'out')
def html = new File(out, 'asthma.html')
def pdf = new File(out, 'asthma.pdf')
def epub = new File(out, 'asthma.epub')
assert html.isFile() : "no $html"
assert html.getText('UTF-8').startsWith('<!DOCTYPE html>') || html.getText('UTF-8').toLowerCase().startsWith('<!doctype html>')
assert html.getText('UTF-8').contains('<h1')
assert pdf.isFile() : "no $pdf"
assert new String(pdf.bytes, 0, 5, 'ISO-8859-1') == '%PDF-'
assert epub.isFile() : "no $epub"
assert new String(epub.bytes, 30, 8, 'ISO-8859-1') == 'mimetype'
// the Carepress jars came from this test's own repository, by coordinates, not from the reactor
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('[ERROR]')
return true
