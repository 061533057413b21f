// Reads [before, after] (two OpenAPI documents) as JSON on stdin and writes api-smart-diff's
// classified changes as JSON on stdout: [{action, path, type, description}].
// api-smart-diff resolves $refs, so a schema change is reported under every operation that uses it,
// classified in that context (request or response).
"use strict";
const { apiDiff } = require("api-smart-diff");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const [before, after] = JSON.parse(input);
  const diffs = apiDiff(before, after).map(({ action, path, type, description }) => ({
    action,
    path,
    type,
    description: description || "",
  }));
  process.stdout.write(JSON.stringify(diffs));
});
