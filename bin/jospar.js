#!/usr/bin/env node
// The jospar command. The CLI is TypeScript run through tsx, so nothing needs building after `npm install`.
'use strict';
require('tsx/cjs');
const { main } = require('../src/local/cli/main.ts');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
