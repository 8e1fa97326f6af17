// Below failOn the build goes on to write and check the XBRL deliverables, whose calculation check
// finds the same total again in the instance, the Inline XBRL document and the report package: it is
// still one finding, at [WARNING], at the report's line; no line names the staging folder.
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.contains(' XR-') }
assert findings.size() == 1 : findings.join('\n')
assert findings[0] =~ /^\[WARNING\] .*src\/main\/reports\/minimal\/report\.yaml:\[18,5\] XR-CALC-501 .*Assets@I2024 is 1,360 thousand EUR/
assert log.contains('[INFO] xreport: 0 errors, 1 inconsistency, 0 warnings; deliverables in ')
assert !log.contains('.tmp-')
assert new File(basedir, 'target/xreport/minimal/minimal.xbrl').isFile()
assert log.contains('BUILD SUCCESS')
return true
