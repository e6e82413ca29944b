['', 'module-a/', 'module-b/'].each { dir ->
  def serial = new File(basedir, dir + 'target/serial.sarif')
  def parallel = new File(basedir, dir + 'target/parallel.sarif')
  assert serial.isFile() && parallel.isFile()
  assert serial.bytes == parallel.bytes : "${dir}: serial and parallel SARIF differ"
}
def merged = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/parallel.sarif'))
assert merged.runs[0].results.size() == 2
return true
