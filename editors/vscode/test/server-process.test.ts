// node --test: the command the extension starts serves LSP with the real jar (skipped until the jar is built).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as url from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { serverCommand, serverSettings } from '../src/server';

const jar = path.resolve(__dirname, '..', '..', '..', '..', 'cli', 'target', 'sockcheck.jar');

test('java -jar sockcheck.jar lsp: initialize, a diagnostic for an open Python file, shutdown', {
  skip: !fs.existsSync(jar) && `build ${jar} first (mvn package)`,
  timeout: 120_000,
}, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockcheck-vscode-'));
  const file = path.join(dir, 'app.py');
  fs.writeFileSync(file, 'import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=3)\n');
  const { command, args } = serverCommand({ jar });
  const proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const uri = url.pathToFileURL(file).toString();
  const diagnostics = new Promise<any>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (p: any) => {
      if (p.uri === uri && p.diagnostics.length > 0) resolve(p);
    });
  });
  connection.listen();
  const init: any = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: url.pathToFileURL(dir).toString(),
    capabilities: {},
    initializationOptions: { ...serverSettings({ diagnostics: 'openFiles' }), cacheDir: path.join(dir, '.cache') },
  });
  assert.equal(init.serverInfo.name, 'sockcheck');
  connection.sendNotification('initialized', {});
  connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'python', version: 1, text: fs.readFileSync(file, 'utf8') },
  });
  const published = await diagnostics;
  assert.equal(published.diagnostics[0].code, 'python-socket-fileno-without-proto');
  await connection.sendRequest('shutdown');
  const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
  connection.sendNotification('exit');
  assert.equal(await exited, 0);
  connection.dispose();
});
