// SpotBugs 4.8.6 wrote target/spotbugs-486.xml for the shared sample (see the pom's sourceDirectory): the check
// all three SpotBugs ITs make, in shared/sockcheck-bugs.groovy, reads it.
report = new File(basedir, 'target/spotbugs-486.xml')
return evaluate(new File(sharedIt, 'sockcheck-bugs.groovy'))
