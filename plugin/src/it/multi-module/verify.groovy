// The top-level project's SARIF is one run for the whole reactor, with URIs relative to the top directory.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sockcheck.sarif'))
assert sarif.runs.size() == 1
assert sarif.runs[0].automationDetails.id == 'sockcheck/'
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris == ['module-a/src/main/java/a/Receiver.java', 'module-b/src/main/java/b/Receiver.java']
// Each module keeps its own file too.
def a = new groovy.json.JsonSlurper().parse(new File(basedir, 'module-a/target/sockcheck.sarif'))
assert a.runs[0].results.size() == 1
// The top-level HTML page covers the reactor too; each module keeps its own page.
def html = new File(basedir, 'target/sockcheck.html').getText('UTF-8')
assert html.contains('data-file="module-a/src/main/java/a/Receiver.java"')
assert html.contains('data-file="module-b/src/main/java/b/Receiver.java"')
def pageA = new File(basedir, 'module-a/target/sockcheck.html').getText('UTF-8')
assert pageA.contains('data-file="module-a/src/main/java/a/Receiver.java"')
assert !pageA.contains('data-file="module-b/')
return true
