def log = new File(basedir, 'build.log').text
assert log.contains("unknown rule id 'no-such-rule'")
return true
