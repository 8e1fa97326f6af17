// A project with one report gets every deliverable in target/xreport/<report-id>/.
def out = new File(basedir, 'target/xreport/minimal')
['minimal.facts.json', 'minimal.xbrl', 'minimal.html', 'minimal.pdf', 'minimal.xlsx', 'minimal-taxonomy.zip',
 'taxonomy/minimal.xsd'].each { assert new File(out, it).isFile() : "missing ${it}" }
// with <taxonomy>, the compiled taxonomy also goes to <dir>/<report-id>/: the same the instance refers to
def xsd = new File(basedir, 'target/xreport-taxonomy/minimal/minimal.xsd')
assert xsd.isFile() : "missing ${xsd}"
assert xsd.bytes == new File(out, 'taxonomy/minimal.xsd').bytes
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] xreport: check     0 findings in the XBRL instance')
assert log.contains('BUILD SUCCESS')
return true
