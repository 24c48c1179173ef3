// The store's maintenance (server/store/maintenance.ts), on DATA_DIR (default ./data) or --data-dir DIR:
//   npm run backup -- FILE                 an online backup into FILE, safe while the server runs
//   npm run restore -- FILE [--replace]    puts a backup in place (the server stopped)
//   npm run store -- check                 the check the server runs at start, as a report (exit 1 on a problem)
//   npm run store -- accept                after a refusal: start over with what is left, the loss recorded
import { parseArgs } from 'node:util';
import { accept, backup, check, restore } from '../server/store/maintenance.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string' },
    replace: { type: 'boolean', default: false },
  },
});
const dataDir = values['data-dir'] ?? process.env.DATA_DIR ?? './data';
const [command, file] = positionals;

function need(f: string | undefined): string {
  if (!f) {
    console.error(`${command} needs a file: npm run ${command} -- FILE`);
    process.exit(2);
  }
  return f;
}

try {
  switch (command) {
    case 'backup':
      console.log(backup(dataDir, need(file)).join('\n'));
      break;
    case 'restore':
      console.log(restore(dataDir, need(file), { replace: values.replace }).join('\n'));
      break;
    case 'check': {
      const result = check(dataDir);
      console.log(result.lines.join('\n'));
      process.exitCode = result.ok ? 0 : 1;
      break;
    }
    case 'accept':
      console.log(accept(dataDir).join('\n'));
      break;
    default:
      console.error('usage: node scripts/store.ts backup FILE | restore FILE [--replace] | check | accept');
      process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
