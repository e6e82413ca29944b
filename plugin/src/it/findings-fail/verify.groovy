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
return true
