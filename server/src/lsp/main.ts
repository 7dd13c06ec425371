// The language server's entry point (bundled to dist/server.js). The transport (stdio,
// --node-ipc, --socket) is picked from the command line by createConnection.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { MacroplanServer } from './server';
import { startMark } from '../core/startmarks';

startMark('bundle loaded');

const connection = createConnection(ProposedFeatures.all);
const server = new MacroplanServer(connection);

// A bug must not take the server down: log it and keep serving.
process.on('uncaughtException', (e) => server.logError('uncaught exception', e));
process.on('unhandledRejection', (e) => server.logError('unhandled rejection', e));

server.listen();
