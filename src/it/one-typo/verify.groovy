// One typo in a figure fails the build with one finding, logged at [ERROR] so that `mvn -q` shows it,
// naming the file, line, column, code and the figure; the failure counts it once.
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.contains(' XR-') }
assert findings.size() == 1 : findings.join('\n')
assert findings[0] =~ /^\[ERROR\] .*src\/main\/reports\/minimal\/report\.yaml:\[18,5\] XR-CALC-501 table "balance-sheet", row "Total assets", column "2024": Assets@I2024 is 1,360 thousand EUR but Cash \+ Receivables = 1,350 thousand EUR/
assert log =~ /xreport: .*src\/main\/reports\/minimal: 1 inconsistency\b/
assert !log.contains('inconsistencies')
assert !new File(basedir, 'target/xreport/minimal').exists()
return true
