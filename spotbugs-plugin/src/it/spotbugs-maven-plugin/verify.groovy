// spotbugs-maven-plugin wrote target/spotbugsXml.xml for the shared sample (see the pom's sourceDirectory): the check
// all three SpotBugs ITs make, in shared/sockcheck-bugs.groovy, reads it.
report = new File(basedir, 'target/spotbugsXml.xml')
return evaluate(new File(sharedIt, 'sockcheck-bugs.groovy'))
