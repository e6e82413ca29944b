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
def collected = io.github.sockcheck.maven.GitHubUpload.codeScanningFiles(basedir.toPath())
assert collected == [basedir.toPath().resolve('target/sockcheck.sarif')]
return true
