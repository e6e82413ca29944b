#!/usr/bin/env node
// Runs GitHub's own upload-sarif post-processing (github/codeql-action) offline on SARIF files, as one
// workflow job would: file or directory collection, schema validation, the "one run per tool/category"
// check, fingerprints computed from the checkout, the category input, and the per-job uniqueness check
// between several upload steps. Nothing is sent anywhere: the network upload step is not called.
//
// usage: node github-upload-offline.js UPLOAD_LIB CHECKOUT_PATH STEP...
//   UPLOAD_LIB     lib/upload-lib.js of a github/codeql-action v4 checkout (used with v4.35.5)
//   CHECKOUT_PATH  the repository root, as the action's checkout_path input
//   STEP           one upload step: SARIF_FILE_OR_DIR[@CATEGORY]
// Prints each step's post-processed runs (tool, automationDetails.id, results with uri, line and
// primaryLocationLineHash) as JSON; exits 1 with the action's own message when the action would fail.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const [libPath, checkoutPath, ...steps] = process.argv.slice(2);
if (!libPath || !checkoutPath || steps.length === 0) {
  console.error("usage: node github-upload-offline.js UPLOAD_LIB CHECKOUT_PATH SARIF_FILE_OR_DIR[@CATEGORY]...");
  process.exit(2);
}
// What the runner and the action's inputs would provide; GITHUB_SERVER_URL=github.com avoids any API call.
const temp = fs.mkdtempSync(path.join(os.tmpdir(), "upload-offline-"));
Object.assign(process.env, {
  GITHUB_SERVER_URL: "https://github.com", GITHUB_API_URL: "https://api.github.com",
  GITHUB_REPOSITORY: "owner/repo", RUNNER_TEMP: temp, GITHUB_WORKSPACE: checkoutPath,
  CODEQL_ACTION_ANALYSIS_KEY: ".github/workflows/sockcheck.yml:sockcheck",
  INPUT_MATRIX: "null", INPUT_TOKEN: "unused", GITHUB_ENV: path.join(temp, "env"),
});
fs.writeFileSync(process.env.GITHUB_ENV, "");
const lib = require(path.resolve(libPath));
const messages = [];
const logger = {
  debug: (m) => messages.push("debug: " + m), info: (m) => messages.push("info: " + m),
  warning: (m) => messages.push("warning: " + m), error: (m) => messages.push("error: " + m),
  isDebug: () => false, startGroup: () => {}, endGroup: () => {},
};
const features = { getValue: async () => false };
// analyses.ts CodeScanning: the category is used as given; sentinel prefix CODEQL_UPLOAD_SARIF_.
const codeScanning = { kind: "code-scanning", name: "code scanning", sarifExtension: ".sarif",
  fixCategory: (_, c) => c, sentinelPrefix: "CODEQL_UPLOAD_SARIF_" };

(async () => {
  const report = [];
  for (const step of steps) {
    const at = step.lastIndexOf("@");
    const sarifPath = at > 0 ? step.slice(0, at) : step;
    const category = at > 0 ? step.slice(at + 1) : undefined;
    try {
      const groups = await lib.getGroupedSarifFilePaths(logger, sarifPath);
      const files = groups["code-scanning"] || [];
      if (files.length === 0) throw new Error(`no code scanning SARIF files in ${sarifPath}`);
      const processed = await lib.postProcessSarifFiles(logger, features, checkoutPath, files, category, codeScanning);
      lib.validateUniqueCategory(processed.sarif, codeScanning.sentinelPrefix);
      report.push({
        step, files: files.map((f) => path.relative(checkoutPath, f)),
        runs: processed.sarif.runs.map((run) => ({
          tool: run.tool.driver.name, automationId: run.automationDetails && run.automationDetails.id,
          results: (run.results || []).map((r) => ({
            ruleId: r.ruleId, uri: r.locations[0].physicalLocation.artifactLocation.uri,
            line: (r.locations[0].physicalLocation.region || {}).startLine,
            primaryLocationLineHash: (r.partialFingerprints || {}).primaryLocationLineHash,
          })),
        })),
        warnings: messages.filter((m) => m.startsWith("warning:") || m.startsWith("error:")),
      });
      messages.length = 0;
    } catch (e) {
      console.log(JSON.stringify(report, null, 2));
      console.error(`${step}: the upload action fails: ${e.message}`);
      process.exit(1);
    }
  }
  console.log(JSON.stringify(report, null, 2));
})();
