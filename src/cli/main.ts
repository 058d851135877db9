import { isMainThread, workerData } from 'node:worker_threads';
import { serveAnalyses } from '../node/analysisWorker';
import { runCheck } from './check';
import { runExport } from './export';
import { runImport } from './import';
import { POOL_ROLE, runScan } from './scan';

const USAGE = `Usage: newslens <command> [options]

Commands:
  scan <folder|files...> [--json] [--write] [--max-size BYTES] [--jobs N]
      Analyse article text files: entities, quotes and speakers, cross-referenced.
      --json       print the machine-readable result (contract version 1)
      --write      save detected items into each source's .annotations.yaml
      --max-size   skip files larger than BYTES (default 10485760)
      --jobs       analysis threads besides the main one (0: none; default: one per core but one, 1 to 4, for 50+ files)
  check [folder] [--fix]
      Validate every .annotations.yaml under the folder and re-anchor it against its source.
      Prints file:line:column messages; exit 1 on errors or orphaned annotations.
      --fix        rewrite moved anchors (orphans and broken files are never changed)
  export [folder] --format w3c|brat|csv [--out DIR] [--detected] [--excel-bom] [--base-iri IRI]
      Write the sidecars' annotations as W3C Web Annotation JSON-LD (x.jsonld), brat standoff
      (x.ann + annotation.conf) or CSV (newslens-annotations.csv), next to the sources or in DIR.
      --detected   also the engine's entities and quotes (merged with the sidecars, nothing saved)
      --out -      CSV to stdout;  --excel-bom  start the CSV with a BOM for Excel
      --base-iri   absolute IRIs for W3C sources (default: relative to each .jsonld)
  import --format w3c|brat FILE|FOLDER... [--folder DIR] [--base-iri IRI]
      Merge exported annotations back into the sources' sidecars (no duplicates; reviews,
      notes and comments kept). Sources are found under DIR (default: the files' folder).
`;

/** Exit codes: 0 done, 1 some files could not be read, 2 bad usage. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'scan':
      return runScan(rest);
    case 'check':
      return runCheck(rest);
    case 'export':
      return runExport(rest);
    case 'import':
      return runImport(rest);
    default:
      process.stderr.write(`newslens: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

function runCommandLine(): void {
  // `newslens scan … | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`newslens: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

// scan's analysis workers run this same file: they serve analyses instead of reading argv.
if (!isMainThread && workerData === POOL_ROLE) serveAnalyses();
else runCommandLine();
