// Worker entry of the fuzzer: plain JavaScript so that Node can start it; it loads the TypeScript loop.
require('../../scripts/register-ts.js');
require('./workerMain.ts');
