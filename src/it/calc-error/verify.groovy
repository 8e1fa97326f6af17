// A total that does not add up fails the build, and the log names the file, line, column and code at
// [ERROR], which `mvn -q` shows. The report's own check of the same sum (XR-CALC-503) is a second finding.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*src\/main\/reports\/minimal\/report\.yaml:\[18,5\] XR-CALC-501 table "balance-sheet", row "Total assets"/
assert log =~ /\[ERROR\] .*src\/main\/reports\/minimal\/report\.yaml:\[30,51\] XR-CALC-503 /
assert log.contains('xreport: ') && log.contains('2 inconsistencies')
assert !new File(basedir, 'target/xreport/minimal').exists()
return true
