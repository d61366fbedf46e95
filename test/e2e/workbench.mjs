// Drives a real VS Code workbench (code-server 4.100.3) with Playwright and Debian's Chromium, offline.
//
//   const wb = await startWorkbench({ files: ['test/fixtures/ts/explicit-le.dcm'] });
//   await wb.openFileFromExplorer('explicit-le.dcm');
//   const rows = wb.webviewFrame().locator('[role="row"]');
//   ...
//   await wb.teardown();
//
// Every run gets its own scratch folder (config, user data, extensions, workspace) and its own code-server process
// group on a free port; teardown kills that group. The extension is loaded from source through the workbench URL's
// `extensionDevelopmentPath` payload (code-server rejects the flag on its command line). See
// shared docs "real-vscode-testing.md" for the recipe this follows.
//
// Environment: CODE_SERVER (path of the code-server launcher; else scripts/setup-code-server.sh is run),
// CHROMIUM (default /usr/bin/chromium), HEADFUL=1 (show the browser), KEEP_RUN=1 (keep the scratch folder),
// WB_DEBUG=1 (echo code-server's and the page's console output), E2E_EXTENSION (load the extension from this
// folder instead of the repository), E2E_VSIX (install this .vsix instead of loading from source).
/* global document, performance, getComputedStyle -- used in functions evaluated in the page */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');
const debug = !!process.env.WB_DEBUG;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Path of the code-server launcher: $CODE_SERVER, or whatever scripts/setup-code-server.sh installs (cached). */
export function codeServerBinary() {
  if (process.env.CODE_SERVER) return process.env.CODE_SERVER;
  const out = execFileSync('bash', [join(repoRoot, 'scripts', 'setup-code-server.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = out.trim().split('\n');
  return lines[lines.length - 1].trim();
}

/** A fresh scratch folder for one run. */
export function makeScratch(prefix = 'dicom-inspector-wb-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Copies files or folders into `dir` (created). Each entry is a path (relative to the repo root or absolute) copied
 * under its base name, or `{ from, to }` with `to` relative to `dir`. `skip(path, stats)` may leave files or folders
 * out; by default files over 16 MB are left out (a workspace of fixtures needs none).
 */
export function makeWorkspace(
  dir,
  files,
  { skip = (_path, stats) => stats.isFile() && stats.size > 16 << 20 } = {},
) {
  mkdirSync(dir, { recursive: true });
  for (const entry of files) {
    const from = resolve(repoRoot, typeof entry === 'string' ? entry : entry.from);
    const to = join(dir, typeof entry === 'string' ? basename(from) : entry.to);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to, { recursive: statSync(from).isDirectory(), filter: (src) => !skip(src, statSync(src)) });
  }
  return dir;
}

const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.disableAIFeatures': true,
  'github.copilot.enable': { '*': false },
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'editor.experimental.asyncTokenization': false,
  'workbench.editor.enablePreview': false,
};

/**
 * Starts code-server hermetically under `scratch`, in its own process group, on 127.0.0.1 and a free port.
 * Resolves with { proc, port, url, stop() } once it listens.
 */
export async function startCodeServer({
  scratch,
  settings = {},
  port = 0,
  host = '127.0.0.1',
  log,
  vsix,
} = {}) {
  const bin = codeServerBinary();
  const ud = join(scratch, 'ud');
  const exts = join(scratch, 'exts');
  mkdirSync(join(ud, 'User'), { recursive: true });
  mkdirSync(exts, { recursive: true });
  writeFileSync(
    join(ud, 'User', 'settings.json'),
    JSON.stringify({ ...quietSettings, ...settings }, null, 2),
  );
  const config = join(scratch, 'config.yaml');
  writeFileSync(config, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);
  const args = [
    '--config',
    config,
    '--bind-addr',
    `${host}:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir',
    ud,
    '--extensions-dir',
    exts,
  ];
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(scratch, 'xdg-config'),
    XDG_DATA_HOME: join(scratch, 'xdg-data'),
    EXTENSIONS_GALLERY: '{}',
  };
  delete env.PORT; // code-server would listen there instead of on port 0
  delete env.VSCODE_IPC_HOOK_CLI; // a terminal inside VS Code would otherwise redirect code-server to that window
  if (vsix) {
    // What users get: the packaged extension, installed like from the marketplace.
    execFileSync(
      bin,
      [
        '--config',
        config,
        '--user-data-dir',
        ud,
        '--extensions-dir',
        exts,
        '--install-extension',
        resolve(vsix),
      ],
      { env, stdio: debug ? 'inherit' : 'pipe' },
    );
  }
  const proc = spawn(bin, args, { cwd: scratch, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const onData = (chunk) => {
    const text = chunk.toString();
    output += text;
    if (debug) process.stderr.write(`[code-server] ${text}`);
    log?.(text);
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);

  const stop = () => killGroup(proc);
  const realPort = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`code-server did not start within 60 s:\n${output}`));
    }, 60_000);
    const check = () => {
      const m = /HTTP server listening on https?:\/\/[^:\s]+:(\d+)/.exec(output);
      if (m) {
        cleanup();
        resolvePort(Number(m[1]));
      }
    };
    const onExit = (code) => {
      cleanup();
      reject(new Error(`code-server exited with ${code} before listening:\n${output}`));
    };
    function cleanup() {
      clearTimeout(timer);
      proc.stdout.off('data', check);
      proc.stderr.off('data', check);
      proc.off('exit', onExit);
    }
    proc.stdout.on('data', check);
    proc.stderr.on('data', check);
    proc.on('exit', onExit);
  }).catch(async (err) => {
    await stop();
    throw err;
  });
  return { proc, port: realPort, host, url: `http://${host}:${realPort}/`, stop, output: () => output };
}

/** Kills a detached child's whole process group: SIGTERM, then SIGKILL after a grace period. */
export async function killGroup(proc, graceMs = 3000) {
  if (!proc || proc.pid === undefined) return;
  const alive = () => {
    try {
      process.kill(-proc.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-proc.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await sleep(100);
  if (alive()) {
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Launches Debian's Chromium through playwright-core (never a downloaded browser). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `${executablePath} not found: run scripts/setup-code-server.sh as root (installs chromium)`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: !process.env.HEADFUL,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench URL that opens `folder` with the extension at `extensionPath` loaded from source. */
export function workbenchUrl({ host = '127.0.0.1', port, folder, extensionPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${host}:${port}${p.split('/').map(encodeURIComponent).join('/')}`;
  const payload = [];
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(folder)}`);
  if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `http://${host}:${port}/${query.length ? '?' + query.join('&') : ''}`;
}

/**
 * Starts code-server, Chromium and a workbench on a temp workspace with the extension loaded from source.
 * Options: files (copied into the workspace, see makeWorkspace), workspace (use this folder as is instead),
 * extensionPath (default: $E2E_EXTENSION or the repo), vsix (install this package instead; default $E2E_VSIX),
 * settings (user settings), viewport.
 */
export async function startWorkbench(options = {}) {
  const t0 = Date.now();
  const scratch = makeScratch();
  const workspace = options.workspace ?? makeWorkspace(join(scratch, 'ws'), options.files ?? []);
  // With a .vsix (options.vsix or E2E_VSIX) the extension is installed from it instead of loaded from source.
  const vsix = options.vsix ?? process.env.E2E_VSIX;
  const extensionPath = vsix ? undefined : (options.extensionPath ?? process.env.E2E_EXTENSION ?? repoRoot);
  let server;
  let browser;
  try {
    server = await startCodeServer({ scratch, settings: options.settings, vsix });
    const tServer = Date.now();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1400, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const wb = new Workbench({ scratch, workspace, extensionPath, server, browser, page });
    page.on('console', (msg) => {
      const line = `[${msg.type()}] ${msg.text()}`;
      wb.consoleLines.push(line);
      if (debug) process.stderr.write(`[page] ${line}\n`);
    });
    page.on('pageerror', (err) => wb.consoleLines.push(`[pageerror] ${err.message}`));
    await page.goto(workbenchUrl({ port: server.port, folder: workspace, extensionPath }));
    await wb.waitForReady();
    wb.timings = { serverMs: tServer - t0, readyMs: Date.now() - t0 };
    return wb;
  } catch (err) {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!process.env.KEEP_RUN) rmSync(scratch, { recursive: true, force: true });
    throw err;
  }
}

export class Workbench {
  constructor({ scratch, workspace, extensionPath, server, browser, page }) {
    Object.assign(this, { scratch, workspace, extensionPath, server, browser, page });
    this.consoleLines = [];
    this.timings = {};
  }

  /** Waits for the workbench and for the extensions to be registered (before that a .dcm opens as text). */
  async waitForReady(timeout = 60_000) {
    await this.page.waitForSelector('.monaco-workbench', { timeout });
    await this.page.waitForFunction(
      () => performance.getEntriesByName('code/didLoadExtensions').length > 0,
      null,
      { timeout, polling: 100 },
    );
  }

  /** Moves keyboard focus from a webview back to the workbench. */
  async focusWorkbench() {
    await this.page.locator('.part.statusbar').click({ position: { x: 5, y: 5 } });
  }

  /** Shows the explorer if hidden. */
  async showExplorer() {
    const view = this.page.locator('.explorer-folders-view');
    if (!(await view.isVisible())) {
      await this.focusWorkbench();
      await this.page.keyboard.press('Control+Shift+E');
      await view.waitFor({ state: 'visible', timeout: 10_000 });
    }
    return view;
  }

  /** The explorer row of `name` (a base name, exact). */
  explorerRow(name) {
    return this.page
      .locator('.explorer-folders-view .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
  }

  /**
   * Opens a workspace file by double-clicking it in the explorer. `relPath` may go through folders
   * ('ts/explicit-le.dcm'); they are expanded on the way.
   */
  async openFileFromExplorer(relPath, { timeout = 30_000 } = {}) {
    await this.showExplorer();
    const parts = relPath.split('/').filter(Boolean);
    for (const folder of parts.slice(0, -1)) {
      const row = this.explorerRow(folder).first();
      await row.waitFor({ timeout });
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }
    const name = parts[parts.length - 1];
    const row = this.explorerRow(name).first();
    await row.waitFor({ timeout });
    await row.dblclick();
    await this.waitForActiveTab(name, timeout);
  }

  /** Opens a file with Quick Open (Ctrl+P). */
  async openViaQuickOpen(name, { timeout = 30_000 } = {}) {
    await this.focusWorkbench();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(name);
    const base = name.split('/').pop();
    await this.page
      .locator('.quick-input-list .monaco-list-row', { hasText: base })
      .first()
      .waitFor({ timeout });
    await this.page.keyboard.press('Enter');
    await this.waitForActiveTab(base, timeout);
  }

  /** Runs a command from the palette (F1) by its title, e.g. 'DICOM: Open in DICOM Inspector'. */
  async runCommand(title, { timeout = 15_000 } = {}) {
    await this.focusWorkbench();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(`>${title}`);
    const row = this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: title }) })
      .first();
    await row.waitFor({ timeout });
    await this.page.keyboard.press('Enter');
    await this.page
      .locator('.quick-input-widget')
      .waitFor({ state: 'hidden', timeout })
      .catch(() => {});
  }

  /** Waits until the active editor tab's label is `name`. */
  async waitForActiveTab(name, timeout = 30_000) {
    await this.page
      .locator('.tabs-container .tab.active', { has: this.page.locator('.label-name', { hasText: name }) })
      .first()
      .waitFor({ timeout });
  }

  /** Label of the active editor tab. */
  async activeTabLabel() {
    return (await this.page.locator('.tabs-container .tab.active .label-name').first().textContent())?.trim();
  }

  /**
   * Frame locator for the content of the visible webview (the overlay of two nested iframes). Waits up to `timeout`
   * for one to be shown; with several webviews, picks the visible one.
   */
  async webviewFrame({ timeout = 30_000 } = {}) {
    const handle = await this.page.waitForFunction(
      () => {
        const frames = [...document.querySelectorAll('iframe.webview.ready')];
        const visible = frames.filter((f) => {
          const r = f.getBoundingClientRect();
          if (r.width < 2 || r.height < 2) return false;
          for (let el = f; el; el = el.parentElement) {
            const s = getComputedStyle(el);
            if (s.display === 'none' || s.visibility === 'hidden') return false;
          }
          return true;
        });
        if (visible.length === 0) return null;
        const f = visible[visible.length - 1];
        if (!f.name) f.name = `wb-${Math.random().toString(36).slice(2)}`;
        return f.name;
      },
      null,
      { timeout, polling: 100 },
    );
    const name = await handle.jsonValue();
    return this.page.frameLocator(`iframe.webview.ready[name="${name}"]`).frameLocator('iframe#active-frame');
  }

  /** Saves a screenshot of the whole window to test-results/screenshots/NAME.png and returns the path. */
  async screenshot(name) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /**
   * The notifications as { message, severity }. By default the toasts shown now; with { all: true } every
   * notification not dismissed yet, read from the notification center (toasts hide themselves after a while).
   */
  async notifications({ all = false } = {}) {
    if (all) {
      await this.runCommand('Notifications: Show Notifications');
      await this.page.locator('.notifications-center').waitFor({ state: 'visible', timeout: 5_000 });
    }
    const items = this.page.locator(
      all
        ? '.notifications-center .notification-list-item'
        : '.notifications-toasts .notification-toast .notification-list-item',
    );
    const out = await items.evaluateAll((els) =>
      els.map((el) => {
        const cls = el.querySelector('.notification-list-item-icon')?.className ?? '';
        return {
          message: (el.querySelector('.notification-list-item-message')?.textContent ?? '').trim(),
          severity: /error/.test(cls) ? 'error' : /warning/.test(cls) ? 'warning' : 'info',
        };
      }),
    );
    if (all) await this.runCommand('Notifications: Hide Notifications').catch(() => {});
    return out;
  }

  /** The system clipboard's text (what the workbench or a webview copied). */
  async readClipboard() {
    // eslint-disable-next-line no-undef -- evaluated in the page
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Closes all editors. */
  async closeAllEditors() {
    await this.runCommand('View: Close All Editors');
  }

  async teardown() {
    await this.browser?.close().catch(() => {});
    await this.server?.stop();
    if (!process.env.KEEP_RUN) rmSync(this.scratch, { recursive: true, force: true });
  }
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
