// A total that does not add up fails the build, and the log names the file, line, column and code.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] .*src\/main\/reports\/minimal\/report\.yaml:\[18,5\] XR-CALC-501 table "balance-sheet", row "Total assets"/
assert log.contains('xreport: ') && log.contains('2 inconsistencies')
assert !new File(basedir, 'target/xreport/minimal').exists()
return true
