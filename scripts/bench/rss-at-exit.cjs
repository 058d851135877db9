// Preloaded (node --require) into a process the bench times: reports its peak RSS on stderr at exit.
const { isMainThread } = require('node:worker_threads');
if (isMainThread) {
  process.on('exit', () => process.stderr.write(`\nbench-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
}
