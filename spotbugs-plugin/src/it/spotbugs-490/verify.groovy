// SpotBugs 4.9.0 wrote target/spotbugs-490.xml for the shared sample (see the pom's sourceDirectory): the check
// all three SpotBugs ITs make, in shared/sockcheck-bugs.groovy, reads it.
report = new File(basedir, 'target/spotbugs-490.xml')
return evaluate(new File(sharedIt, 'sockcheck-bugs.groovy'))
