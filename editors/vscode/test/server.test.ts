// node --test: the parts of the extension that do not need VS Code.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultJar, DOCUMENT_PATTERNS, serverCommand, serverSettings } from '../src/server';

test('the server is java -jar sockcheck.jar lsp, from the settings or the documented place', () => {
  assert.deepEqual(serverCommand({ jar: ' /opt/sockcheck.jar ', java: '/usr/lib/jvm/17/bin/java' }),
    { command: '/usr/lib/jvm/17/bin/java', args: ['-jar', '/opt/sockcheck.jar', 'lsp'] });
  assert.deepEqual(serverCommand({ jar: '', java: '' }, '/home/u/.local/share/sockcheck/sockcheck.jar'),
    { command: 'java', args: ['-jar', '/home/u/.local/share/sockcheck/sockcheck.jar', 'lsp'] });
  assert.equal(defaultJar('linux', {}, '/home/u'), '/home/u/.local/share/sockcheck/sockcheck.jar');
  assert.equal(defaultJar('win32', { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'C:\\Users\\u'),
    'C:\\Users\\u\\AppData\\Local\\sockcheck\\sockcheck.jar');
});

test('only the settings the user gave reach the server, under the Maven plugin names', () => {
  assert.deepEqual(serverSettings({ disabledRules: ['raw-socket-sentinel'], enabledRules: [], baseline: ' ', diagnostics: 'workspace' }),
    { disabledRules: ['raw-socket-sentinel'], diagnostics: 'workspace' });
});

test('the document filters cover every file kind sockcheck reads', () => {
  for (const f of ['**/*.java', '**/pom.xml', '**/*.py', '**/requirements*.txt', '**/pyproject.toml', '**/Dockerfile']) {
    assert.ok(DOCUMENT_PATTERNS.includes(f), f);
  }
});
