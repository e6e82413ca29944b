// This directory is the repository root: `git init` here, as a checkout would be (a .git directory
// where git is missing). Maven runs in services/gateway and services/billing below it.
def git = new File(basedir, '.git')
try {
  def process = ['git', 'init', '-q', basedir.path].execute()
  process.waitForProcessOutput(System.out, System.err)
} catch (IOException e) {
  println "git not found (${e.message}); marking the repository root with a .git directory"
}
git.mkdirs()
assert git.isDirectory()
return true
