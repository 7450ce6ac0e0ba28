// `npm run i18n:export` / `npm run i18n:import`: runs command.ts (TypeScript) through Vite's module runner.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./command.ts', import.meta.url).pathname, { configFile: false, logLevel: 'warn' });
module.main(process.argv.slice(2));
