#!/usr/bin/env node
// Runs a local Neo4j 5.26 (embedded Community edition, Bolt only on 127.0.0.1, auth off) without Docker.
// Plain Node ESM, no npm dependencies. Usage: node scripts/neo4j/launch.mjs --help
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(HERE, 'pom.xml');
const SRC = path.join(HERE, 'src');
const TARGET = path.join(HERE, 'target');
const JAR = path.join(TARGET, 'launcher.jar');
const LIB = path.join(TARGET, 'lib');
const MAIN_CLASS = 'dev.govgraph.neo4j.Launcher';
const HOST = '127.0.0.1';
const DEFAULT_RUN_DIR = path.join(TARGET, 'run');
const READY_RE = /^NEO4J_READY (bolt:\/\/\S+?:(\d+))\s*$/;

// The JVM flags Neo4j's own launcher uses that matter for an embedded instance; without the --add-opens the page
// cache and transaction-log native access fall back to slower paths (warnings in debug.log).
const JVM_FLAGS = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

const USAGE = `Usage: node scripts/neo4j/launch.mjs [options]        (npm run neo4j -- [options])

Runs Neo4j 5.26 LTS (Community, embedded in a JVM) with Bolt on 127.0.0.1 only, auth disabled,
no HTTP. Needs Java 17+ and Maven; the first run builds scripts/neo4j/target (downloads jars).

Options:
  --port N         Bolt port (default 7687; 0 = any free port, foreground only)
  --data DIR       keep the database in DIR (default: temporary database, deleted on exit)
  --background     start detached, wait until Bolt is up (max 180 s), print the bolt URI, exit 0
  --stop           stop a background instance (by its pid file) and wait for it to exit
  --run-dir DIR    where --background/--stop keep neo4j-PORT.pid, neo4j-PORT.out and
                   logs-PORT/ (default scripts/neo4j/target/run)
  --timeout SEC    --background start timeout (default 180)
  --rebuild        rebuild the launcher jar even if it looks up to date
  --build-only     build the launcher jar (if needed) and exit
  --verbose        stack traces on Neo4j errors
  --help           this help

Environment: JAVA (java binary; else $JAVA_HOME/bin/java, else java on PATH),
             NEO4J_JAVA_OPTS (extra JVM flags, appended; e.g. "-Xmx2g").

Foreground: prints "Neo4j 5.26 ready at bolt://127.0.0.1:PORT (auth off, loopback only)" and runs
until Ctrl-C / SIGTERM, then shuts Neo4j down cleanly and exits with Java's exit code.

Examples:
  npm run neo4j
  npm run neo4j -- --port 7688 --data .neo4j-data
  NEO4J_URI=$(node scripts/neo4j/launch.mjs --background)   # CI
  node scripts/neo4j/launch.mjs --stop                      # or: kill $(cat scripts/neo4j/target/run/neo4j-7687.pid)
`;

function log(msg) {
  process.stderr.write(`neo4j: ${msg}\n`);
}

function die(msg, code = 1) {
  log(`error: ${msg}`);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = {
    port: 7687,
    data: undefined,
    background: false,
    stop: false,
    runDir: DEFAULT_RUN_DIR,
    timeout: 180,
    rebuild: false,
    buildOnly: false,
    verbose: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const needValue = () => {
      if (value !== undefined) return value;
      if (i + 1 >= argv.length) die(`option ${arg} needs a value (see --help)`, 2);
      return argv[++i];
    };
    switch (arg) {
      case '--help':
      case '-h':
        opts.help = true;
        break;
      case '--port': {
        const v = needValue();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 65535) die(`invalid --port '${v}' (expected 0-65535)`, 2);
        opts.port = n;
        break;
      }
      case '--data':
        opts.data = path.resolve(needValue());
        break;
      case '--background':
      case '--detach':
        opts.background = true;
        break;
      case '--stop':
        opts.stop = true;
        break;
      case '--run-dir':
        opts.runDir = path.resolve(needValue());
        break;
      case '--timeout': {
        const v = needValue();
        const n = Number(v);
        if (!(n > 0)) die(`invalid --timeout '${v}' (seconds)`, 2);
        opts.timeout = n;
        break;
      }
      case '--rebuild':
        opts.rebuild = true;
        break;
      case '--build-only':
        opts.buildOnly = true;
        break;
      case '--verbose':
        opts.verbose = true;
        break;
      default:
        die(`unknown option '${argv[i]}' (see --help)`, 2);
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------------------------
// build

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function needsBuild() {
  if (!fs.existsSync(JAR) || !fs.existsSync(LIB)) return true;
  const jarTime = fs.statSync(JAR).mtimeMs;
  return newestMtime(POM) > jarTime || newestMtime(SRC) > jarTime;
}

function ensureBuilt(force) {
  if (!force && !needsBuild()) return;
  log('building the Neo4j launcher with Maven (first build downloads ~140 MB of jars, may take a few minutes)...');
  const started = Date.now();
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  // Maven's (quiet) output is relayed to stderr so that stdout stays clean (NEO4J_URI=$(... --background)),
  // minus the stray ANSI reset codes Debian's Maven prints even in batch mode.
  const res = spawnSync(mvn, ['-q', '-B', '-f', POM, 'package', '-DskipTests'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  // eslint-disable-next-line no-control-regex
  const strip = (b) => (b ? b.toString().replace(/\x1b\[[0-9;]*m/g, '') : '');
  const mvnOutput = strip(res.stdout) + strip(res.stderr);
  if (mvnOutput.trim()) process.stderr.write(mvnOutput.endsWith('\n') ? mvnOutput : `${mvnOutput}\n`);
  if (res.error) {
    die(
      res.error.code === 'ENOENT'
        ? 'Maven (mvn) not found on PATH; install Maven 3.8+ (Debian: apt-get install maven)'
        : `could not run mvn: ${res.error.message}`,
    );
  }
  if (res.status !== 0) die(`Maven build failed (exit ${res.status ?? res.signal}); see output above`);
  if (!fs.existsSync(JAR)) die(`Maven build finished but ${JAR} is missing`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------------------------
// java

function javaBinary() {
  if (process.env.JAVA) return process.env.JAVA;
  if (process.env.JAVA_HOME) {
    const p = path.join(process.env.JAVA_HOME, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (fs.existsSync(p)) return p;
  }
  return 'java';
}

function javaArgs(launcherArgs) {
  const extra = (process.env.NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
  const cp = [JAR, path.join(LIB, '*')].join(path.delimiter);
  return [...JVM_FLAGS, ...extra, '-cp', cp, MAIN_CLASS, ...launcherArgs];
}

function launcherArgs(opts, extra = []) {
  const args = ['--port', String(opts.port)];
  if (opts.data) args.push('--data', opts.data);
  if (opts.verbose) args.push('--verbose');
  return [...args, ...extra];
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function runForeground(opts) {
  const child = spawn(javaBinary(), javaArgs(launcherArgs(opts)), {
    // stdin stays an open pipe: if this process dies, Java sees EOF and shuts Neo4j down.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.on('error', (err) => {
    die(err.code === 'ENOENT' ? 'java not found; install Java 17+ or set JAVA_HOME' : `cannot start java: ${err.message}`);
  });
  const rl = readline.createInterface({ input: child.stdout });
  rl.on('line', (line) => {
    const m = READY_RE.exec(line);
    if (m) {
      process.stdout.write(`Neo4j 5.26 ready at ${m[1]} (auth off, loopback only)\n`);
    } else {
      process.stdout.write(`${line}\n`);
    }
  });
  for (const sig of SIGNALS) {
    process.on(sig, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    });
  }
  child.on('exit', (code, signal) => {
    if (signal) {
      const num = os.constants.signals[signal] ?? 0;
      process.exit(128 + num);
    }
    process.exit(code ?? 1);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// background

function runFiles(opts) {
  return {
    pidFile: path.join(opts.runDir, `neo4j-${opts.port}.pid`),
    outFile: path.join(opts.runDir, `neo4j-${opts.port}.out`),
    logsDir: opts.data ? path.join(opts.data, 'logs') : path.join(opts.runDir, `logs-${opts.port}`),
  };
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

// A pid file can outlive its process and the pid be reused: only trust it if the pid is still our launcher.
function isLauncher(pid) {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN_CLASS);
  } catch {
    return !fs.existsSync('/proc/self'); // no procfs (e.g. macOS): fall back to "alive"
  }
}

function readPid(pidFile) {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function tail(file, lines = 40) {
  try {
    const text = fs.readFileSync(file, 'utf8').trimEnd();
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return `(no ${file})`;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function runBackground(opts) {
  if (opts.port === 0) die('--background needs a fixed --port (not 0)', 2);
  const { pidFile, outFile, logsDir } = runFiles(opts);
  fs.mkdirSync(opts.runDir, { recursive: true });
  const existing = readPid(pidFile);
  if (existing && isLauncher(existing)) {
    die(`Neo4j already running on port ${opts.port} (pid ${existing}, ${pidFile}); stop it with --stop`);
  }
  if (!opts.data) fs.mkdirSync(logsDir, { recursive: true });
  const out = fs.openSync(outFile, 'w');
  const extra = ['--detached'];
  if (!opts.data) extra.push('--logs', logsDir);
  const child = spawn(javaBinary(), javaArgs(launcherArgs(opts, extra)), {
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let spawnError;
  child.on('error', (err) => {
    spawnError = err;
  });
  await sleep(50);
  if (spawnError || !child.pid) {
    die(spawnError?.code === 'ENOENT' ? 'java not found; install Java 17+ or set JAVA_HOME' : `cannot start java: ${spawnError?.message}`);
  }
  const pid = child.pid;
  fs.writeFileSync(pidFile, `${pid}\n`);
  child.unref();
  log(`started (pid ${pid}); waiting up to ${opts.timeout} s for Bolt on ${HOST}:${opts.port}`);

  const fail = (why) => {
    log(`error: ${why}`);
    log(`--- last lines of ${outFile} ---`);
    process.stderr.write(`${tail(outFile)}\n`);
    const debugLog = path.join(logsDir, 'debug.log');
    if (fs.existsSync(debugLog)) {
      log(`--- last lines of ${debugLog} ---`);
      process.stderr.write(`${tail(debugLog, 30)}\n`);
    }
    if (isAlive(pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    fs.rmSync(pidFile, { force: true });
    process.exit(1);
  };

  for (const sig of SIGNALS) {
    process.on(sig, () => {
      log(`interrupted (${sig}); stopping pid ${pid}`);
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      fs.rmSync(pidFile, { force: true });
      process.exit(130);
    });
  }

  const deadline = Date.now() + opts.timeout * 1000;
  for (;;) {
    // The READY line is printed only once the default database is available and Bolt accepts connections, so it
    // is the signal to wait for (a bare TCP check could also hit some other process that holds the port).
    let ready = false;
    try {
      ready = fs.readFileSync(outFile, 'utf8').split('\n').some((l) => READY_RE.test(l));
    } catch {
      // file not there yet
    }
    if (ready) break;
    if (child.exitCode !== null || child.signalCode !== null || !isAlive(pid)) {
      fail(`Neo4j exited before it was ready (exit ${child.exitCode ?? child.signalCode ?? '?'})`);
    }
    if (Date.now() > deadline) fail(`Neo4j did not come up within ${opts.timeout} s`);
    await sleep(250);
  }
  log(`ready (pid ${pid}, pid file ${pidFile}, output ${outFile}, Neo4j logs ${logsDir})`);
  log(`stop with: node ${path.relative(process.cwd(), fileURLToPath(import.meta.url))} --stop --port ${opts.port}` +
    (opts.runDir === DEFAULT_RUN_DIR ? '' : ` --run-dir ${opts.runDir}`));
  process.stdout.write(`bolt://${HOST}:${opts.port}\n`);
  process.exit(0);
}

async function stopBackground(opts) {
  const { pidFile } = runFiles(opts);
  const pid = readPid(pidFile);
  if (!pid) {
    log(`not running on port ${opts.port} (no pid file ${pidFile})`);
    return;
  }
  if (!isLauncher(pid)) {
    fs.rmSync(pidFile, { force: true });
    log(`pid ${pid} is not running (any more); removed stale ${pidFile}`);
    return;
  }
  process.kill(pid, 'SIGTERM');
  log(`sent SIGTERM to pid ${pid}, waiting for a clean shutdown`);
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log(`pid ${pid} still running after 60 s; sending SIGKILL`);
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  fs.rmSync(pidFile, { force: true });
  log('stopped');
}

// ---------------------------------------------------------------------------------------------------------------

const opts = parseArgs(process.argv.slice(2));
if (opts.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (opts.stop) {
  await stopBackground(opts);
  process.exit(0);
}
ensureBuilt(opts.rebuild);
if (opts.buildOnly) process.exit(0);
if (opts.background) {
  await runBackground(opts);
} else {
  runForeground(opts);
}
