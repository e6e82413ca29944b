def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sockcheck.sarif'))
assert sarif.runs[0].results*.ruleId == ['datagram-channel-no-family-multicast']
return true
