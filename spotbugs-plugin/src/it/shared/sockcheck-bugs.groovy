// The check the three SpotBugs ITs share. The IT's verify.groovy sets `report`, the XML report its
// SpotBugs wrote for shared/src/main/java/sample/Sockets.java: our bug types must be there, at the
// call lines.
import javax.xml.parsers.DocumentBuilderFactory

assert report.isFile() : "no ${report}"
def factory = DocumentBuilderFactory.newInstance()
factory.setFeature('http://apache.org/xml/features/disallow-doctype-decl', true)
def doc = factory.newDocumentBuilder().parse(report)
def found = [] as Set
def bugs = doc.getElementsByTagName('BugInstance')
for (int i = 0; i < bugs.length; i++) {
  def bug = bugs.item(i)
  def type = bug.getAttribute('type')
  if (!type.startsWith('SOCKCHECK_')) continue
  def children = bug.childNodes
  for (int j = 0; j < children.length; j++) {
    def child = children.item(j)
    if (child.nodeName == 'SourceLine') found << "${type}:${child.getAttribute('start')}".toString()
  }
}
println "sockcheck bugs: ${found}"
assert found == ['SOCKCHECK_raw-socket-sentinel:16', 'SOCKCHECK_datagram-channel-no-family-multicast:24'] as Set
return true
