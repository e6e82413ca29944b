// The top-level project's SARIF is one run for the whole reactor, with URIs relative to the repository
// root (this directory, see setup.groovy) and no automationDetails (the workflow's category applies).
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sockcheck.sarif'))
assert sarif.runs.size() == 1
assert !sarif.runs[0].containsKey('automationDetails')
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris == ['module-a/src/main/java/a/Receiver.java', 'module-b/src/main/java/b/Receiver.java']
// Each module keeps its own run, under a name that uploading the directory to GitHub does not collect.
def a = new groovy.json.JsonSlurper().parse(new File(basedir, 'module-a/target/sockcheck-module.sarif.json'))
assert a.runs[0].results.size() == 1
// The top-level HTML page covers the reactor too; each module keeps its own page.
def html = new File(basedir, 'target/sockcheck.html').getText('UTF-8')
assert html.contains('data-file="module-a/src/main/java/a/Receiver.java"')
assert html.contains('data-file="module-b/src/main/java/b/Receiver.java"')
def pageA = new File(basedir, 'module-a/target/sockcheck.html').getText('UTF-8')
assert pageA.contains('data-file="module-a/src/main/java/a/Receiver.java"')
assert !pageA.contains('data-file="module-b/')
def collected = io.github.sockcheck.maven.GitHubUpload.codeScanningFiles(basedir.toPath())
assert collected == [basedir.toPath().resolve('target/sockcheck.sarif')]
return true
