def baseline = new File(basedir, 'sockcheck-baseline.json')
assert baseline.isFile()
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sockcheck.sarif'))
def byFile = sarif.runs[0].results.collectEntries {
  [(it.locations[0].physicalLocation.artifactLocation.uri): it.baselineState]
}
assert byFile['src/main/java/demo/Old.java'] == 'unchanged'
assert byFile['src/main/java/demo/New.java'] == 'new'
def log = new File(basedir, 'build.log').text
assert log.contains('New.java')
return true
