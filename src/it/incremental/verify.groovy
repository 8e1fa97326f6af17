// A second run with nothing changed does nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] xreport: minimal is up to date (nothing changed since the last run)')
assert new File(basedir, 'target/xreport/minimal/minimal.xbrl').isFile()
return true
