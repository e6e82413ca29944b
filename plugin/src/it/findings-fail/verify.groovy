// The build fails, the console names the file and position in the form IntelliJ links, and SARIF is written.
def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'src/main/java/demo/MulticastReceiver.java').canonicalPath
assert log =~ /\[(ERROR|WARNING)\] \Q${source}\E:\[10,\d+\] datagram-channel-no-family-multicast: /
assert log.contains('sockcheck found problems at or above')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sockcheck.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId == ['datagram-channel-no-family-multicast']
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/demo/MulticastReceiver.java'
assert results[0].locations[0].physicalLocation.region.startLine == 10
assert results[0].partialFingerprints.primaryLocationLineHash
// The HTML report is written next to the SARIF, with the same finding.
def html = new File(basedir, 'target/sockcheck.html').getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('data-rule="datagram-channel-no-family-multicast" data-file="src/main/java/demo/MulticastReceiver.java" data-line="10"')
assert log.contains('sockcheck: HTML report written to')
return true
