// What the extension tells the client, kept free of the vscode API so that it can be tested with node alone.
import * as os from 'os';
import * as path from 'path';

/** The extension's settings (package.json contributes.configuration), as read from the workspace. */
export interface SockcheckSettings {
  jar?: string;
  java?: string;
  rulesDirectories?: string[];
  enabledRules?: string[];
  disabledRules?: string[];
  baseline?: string;
  diagnostics?: string;
}

/** Where the user guide tells users to put the jar when the setting is empty. */
export function defaultJar(platform: string = process.platform, env: NodeJS.ProcessEnv = process.env,
    home: string = os.homedir()): string {
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(base, 'sockcheck', 'sockcheck.jar');
  }
  return path.posix.join(home, '.local', 'share', 'sockcheck', 'sockcheck.jar');
}

/** The server process: `java -jar sockcheck.jar lsp`. */
export function serverCommand(s: SockcheckSettings, jarFallback: string = defaultJar()): { command: string; args: string[] } {
  const jar = s.jar && s.jar.trim() !== '' ? s.jar.trim() : jarFallback;
  const java = s.java && s.java.trim() !== '' ? s.java.trim() : 'java';
  return { command: java, args: ['-jar', jar, 'lsp'] };
}

/** The settings the server reads (initializationOptions and workspace/configuration): empty values left out. */
export function serverSettings(s: SockcheckSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['rulesDirectories', 'enabledRules', 'disabledRules'] as const) {
    const v = s[key];
    if (Array.isArray(v) && v.length > 0) out[key] = v;
  }
  if (s.baseline && s.baseline.trim() !== '') out.baseline = s.baseline.trim();
  if (s.diagnostics) out.diagnostics = s.diagnostics;
  return out;
}

/** The files sockcheck reads, as VS Code document filters (the server scans the whole folder either way). */
export const DOCUMENT_PATTERNS: string[] = [
  '**/*.java', '**/pom.xml', '**/*.py', '**/requirements*.txt', '**/constraints*.txt', '**/Pipfile',
  '**/Pipfile.lock', '**/pyproject.toml', '**/poetry.lock', '**/uv.lock', '**/setup.cfg', '**/.python-version',
  '**/runtime.txt', '**/Procfile', '**/Dockerfile', '**/Dockerfile.*', '**/*.dockerfile', '**/*compose*.yml',
  '**/*compose*.yaml',
];

/** Files whose change on disk can change findings (class files for the bytecode rules, manifests, poms). */
export const WATCHED_GLOB = '**/{*.java,*.class,*.jar,pom.xml,*.py,requirements*.txt,pyproject.toml,Pipfile,Pipfile.lock,poetry.lock,uv.lock,setup.cfg,.python-version,runtime.txt,Procfile,Dockerfile*,*compose*.y*ml,sockcheck-baseline.json}';
