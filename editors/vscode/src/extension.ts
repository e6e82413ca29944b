// Starts `java -jar sockcheck.jar lsp` for the workspace and connects it with vscode-languageclient.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_PATTERNS, serverCommand, serverSettings, SockcheckSettings, WATCHED_GLOB } from './server';

let client: LanguageClient | undefined;

function settings(): SockcheckSettings {
  const c = vscode.workspace.getConfiguration('sockcheck');
  return {
    jar: c.get<string>('jar'),
    java: c.get<string>('java'),
    rulesDirectories: c.get<string[]>('rulesDirectories'),
    enabledRules: c.get<string[]>('enabledRules'),
    disabledRules: c.get<string[]>('disabledRules'),
    baseline: c.get<string>('baseline'),
    diagnostics: c.get<string>('diagnostics'),
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const s = settings();
  const server = serverCommand(s);
  const serverOptions: ServerOptions = { command: server.command, args: server.args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
    initializationOptions: serverSettings(s),
    synchronize: {
      configurationSection: 'sockcheck',
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED_GLOB),
    },
  };
  client = new LanguageClient('sockcheck', 'sockcheck', serverOptions, clientOptions);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (e) => {
    if (e.affectsConfiguration('sockcheck.jar') || e.affectsConfiguration('sockcheck.java')) {
      await vscode.commands.executeCommand('workbench.action.restartExtensionHost');
    }
  }));
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
