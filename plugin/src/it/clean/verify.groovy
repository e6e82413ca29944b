def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sockcheck.sarif'))
assert sarif.runs[0].results == []
assert sarif.runs[0].tool.driver.rules.size() > 0
return true
