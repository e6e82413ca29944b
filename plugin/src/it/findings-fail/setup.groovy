// This project is the root of its own repository (it lies inside sockcheck's work tree otherwise), so
// SARIF URIs are relative to it.
new File(basedir, '.git').mkdirs()
return true
