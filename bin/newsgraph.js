#!/usr/bin/env node
"use strict";
// Thin shim: the CLI is TypeScript compiled to dist/ by `npm install` (the "prepare" script).
const path = require("node:path");
const fs = require("node:fs");
const main = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    "newsgraph: not built yet; run `npm install` (or `npm run build`) in the repository first\n",
  );
  process.exit(1);
}
require(main);
