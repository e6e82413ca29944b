// `mvn site` shows a "sockcheck" report page with the finding, in both lines of maven-site-plugin.
for (version in ['3.12.1', '3.21.0']) {
  def site = new File(basedir, "target/site-${version}")
  def page = new File(site, 'sockcheck.html')
  assert page.isFile() : "site ${version}: no sockcheck.html in ${site.list()}"
  def html = page.getText('UTF-8')
  // The skin's page around the report, and the report inside it.
  assert html.contains('<html') && html.contains('id="sockcheck-report"') : "site ${version}: not a site page with the report"
  assert html.contains('data-rule="datagram-channel-no-family-multicast" data-file="src/main/java/demo/MulticastReceiver.java" data-line="10"')
  assert html.contains('DatagramChannel.open()')
  assert html.contains('<span class="sc-count-n">1</span> <span class="sc-count-label">warning</span>')
  // Listed among the project reports.
  def reports = new File(site, 'project-reports.html').getText('UTF-8')
  assert reports.contains('href="sockcheck.html"') : "site ${version}: project-reports.html does not link the report"
}
return true
