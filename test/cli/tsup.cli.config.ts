// Builds only the command line tool (dist/cli.js), for the CLI tests: fast, and it leaves the
// library's files in dist alone.
import { cliConfig } from '../../tsup.config.js';

export default cliConfig;
