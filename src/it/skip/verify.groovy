// -Dxreport.skip skips, and says so.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] xreport: skipped')
assert !new File(basedir, 'target/xreport').exists()
return true
