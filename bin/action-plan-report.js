#!/usr/bin/env node
'use strict';
const { main } = require('../dist/src/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`action-plan-report: internal error: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 3;
  },
);
