// The dry run printed the diff and said what it would fix; the fix wrote it; verify (goal 3) passed clean.
def log = new File(basedir, 'build.log').text
assert log.contains('--- a/src/main/java/demo/Receiver.java')
assert log.contains('+    DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET);')
assert log.contains('sockcheck: would fix 1 finding(s) in 1 file(s) (dry run: nothing written)')
assert log.contains('sockcheck: fixed 1 finding(s) in 1 file(s)')
def source = new File(basedir, 'src/main/java/demo/Receiver.java').text
assert source.contains('import java.net.StandardProtocolFamily;')
assert source.contains('DatagramChannel.open(StandardProtocolFamily.INET)')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sockcheck.sarif'))
assert sarif.runs[0].results.isEmpty()
return true
