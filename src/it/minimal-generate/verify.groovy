// A project with one report gets every deliverable in target/xreport/<report-id>/.
def out = new File(basedir, 'target/xreport/minimal')
['minimal.facts.json', 'minimal.xbrl', 'minimal.html', 'minimal.pdf', 'minimal.xlsx', 'minimal-taxonomy.zip',
 'taxonomy/minimal.xsd'].each { assert new File(out, it).isFile() : "missing ${it}" }
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] xreport: check     0 findings in the XBRL instance')
assert log.contains('BUILD SUCCESS')
return true
