// Two Maven projects below the repository root, each built on its own, uploaded to GitHub code scanning as users set it up.
// GitHubUpload (plugin/src/test/java) applies the upload-sarif action's checks: which files a directory
// upload collects, one run per tool and category, the category input, one upload per category and job,
// and URIs resolved against the checkout hashing to the fingerprints in the file.
import io.github.sockcheck.maven.GitHubUpload
import groovy.json.JsonSlurper

def repo = basedir.canonicalFile
def gateway = new File(repo, 'services/gateway')
def billing = new File(repo, 'services/billing')

// The reactor's merged run: URIs relative to the repository root, %SRCROOT% the repository root, no id.
def merged = new JsonSlurper().parse(new File(gateway, 'target/sockcheck.sarif'))
assert merged.runs.size() == 1
def run = merged.runs[0]
assert !run.containsKey('automationDetails') : 'without a category the workflow category input must apply'
assert run.originalUriBaseIds['%SRCROOT%'].uri == repo.toPath().toUri().toString()
assert run.results.collect { it.locations[0].physicalLocation.artifactLocation.uri } == [
    'services/gateway/api/src/main/java/gateway/api/Receiver.java',
    'services/gateway/server/src/main/java/gateway/server/Receiver.java']

// Each module's own run is there, under a name a directory upload does not collect.
['deps', 'api', 'server'].each { module ->
  assert new File(gateway, "${module}/target/sockcheck-module.sarif.json").isFile()
  assert !new File(gateway, "${module}/target/sockcheck.sarif").exists()
}

def log = new File(repo, 'build.log').text
// Console lines keep absolute paths (IntelliJ links them).
def api = new File(gateway, 'api/src/main/java/gateway/api/Receiver.java').canonicalPath
assert log =~ /\[(ERROR|WARNING)\] \Q${api}\E:\[9,\d+\] datagram-channel-no-family-multicast: /
// server depends on deps with <type>pom</type>: a pom is no jar and is not reported as one.
assert !log.contains('is not a readable jar') : 'a pom-type dependency was reported as a broken jar'

// One job, two upload steps: the gateway's directory with `category: gateway`, then billing's file,
// whose own id (sockcheck.category=billing) takes precedence over any category input.
def job = new GitHubUpload(repo.toPath())
def runs = job.upload(gateway.toPath(), 'gateway')
assert runs*.automationId() == ['gateway/']
assert runs[0].results()*.uri() == run.results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
runs = job.upload(new File(billing, 'target/sockcheck.sarif').toPath(), null)
assert runs*.automationId() == ['billing/']
assert runs[0].results()*.uri() == ['services/billing/src/main/java/billing/Receiver.java']
try {
  job.upload(gateway.toPath(), 'gateway')
  assert false : 'a second upload of one category in a job must abort'
} catch (IllegalStateException expected) {
  assert expected.message.startsWith('Aborting upload')
}

// `sarif_file: .` in another job: both projects' files, each run of its own category.
runs = new GitHubUpload(repo.toPath()).upload(repo.toPath(), 'sockcheck')
assert runs*.automationId().sort() == ['billing/', 'sockcheck/']
return true
