def same = { String serialPath, String parallelPath ->
  def serial = new File(basedir, serialPath)
  def parallel = new File(basedir, parallelPath)
  assert serial.isFile() && parallel.isFile()
  assert serial.bytes == parallel.bytes : "${serialPath}: serial and parallel SARIF differ"
}
same('target/serial.sarif', 'target/parallel.sarif')
['', 'module-a/', 'module-b/'].each { dir -> same(dir + 'target/serial-module.json', dir + 'target/parallel-module.json') }
def merged = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/parallel.sarif'))
assert merged.runs[0].results.size() == 2
return true
