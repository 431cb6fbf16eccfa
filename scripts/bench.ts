/**
 * npm run bench [-- --cases N] [--seed S] [--keep]
 * Generates N synthetic cases in a temporary folder (never in content/), runs the real
 * pipeline on them (validate, build with search index, a first search in headless Chromium),
 * times a bare Astro build of the same pages as the floor, and prints one JSON object on
 * stdout. Progress goes to stderr. Exits non-zero only when a step of the pipeline fails,
 * never because a figure is slow. See docs/benchmarks.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { builtLanguages } from '../src/i18n/languages.ts';
import { writeBareProject, writeIsolatedConfig } from './lib/bench/astro-projects.ts';
import { buildPhases, round } from './lib/bench/build-phases.ts';
import { distStats } from './lib/bench/dist-stats.ts';
import { generateCorpus, REPO } from './lib/bench/generate-corpus.ts';
import { runStep, type StepResult } from './lib/bench/run-step.ts';
import { probeSearch } from './lib/bench/search-probe.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'kb-bench' },
    keep: { type: 'boolean', default: false },
  },
});
const cases = Number(values.cases);
if (!Number.isInteger(cases) || cases < 1) {
  console.error(`--cases must be a whole number of at least 1, not "${values.cases}"`);
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const node = process.execPath;
const astro = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'));
const contentDir = path.join(tmp, 'content');
const logs = path.join(tmp, 'logs');
mkdirSync(logs);
// KB_BASE emptied: the probe opens the site at the root.
const env = { KB_CONTENT_DIR: contentDir, KB_BASE: '', ASTRO_TELEMETRY_DISABLED: '1' };
// Astro lists every generated page; echo the rest as progress.
const progress = (text: string) => !/(├─|└─|▶)/.test(text);

/** A step that must succeed (its output was echoed as it came); on failure the benchmark stops. */
async function required(step: Promise<StepResult>): Promise<StepResult> {
  const result = await step;
  writeFileSync(path.join(logs, `${result.name}.log`), result.lines.map((l) => `${l.at.toFixed(3)} ${l.text}`).join('\n') + '\n');
  if (result.code !== 0) {
    throw new Error(`${result.name} failed (exit code ${result.code}); full log in ${path.join(logs, `${result.name}.log`)}`);
  }
  log(`${result.name}: ${result.seconds.toFixed(1)} s, peak ${result.peakRssMb ?? '?'} MB`);
  return result;
}

function machine() {
  const cpu = /^model name\s*:\s*(.*)$/m.exec(safeRead('/proc/cpuinfo'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    nproc: os.availableParallelism(),
    memory_gb: round(os.totalmem() / 2 ** 30, 1),
    cpu,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadavg_at_start: os.loadavg().map((l) => round(l)),
  };
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function main() {
  const host = machine();
  log(`kb bench: ${cases} cases, seed "${values.seed}", in ${tmp}`);

  let started = performance.now();
  const corpus = generateCorpus({ dir: contentDir, cases, seed: values.seed! });
  const generateSeconds = (performance.now() - started) / 1000;
  log(
    `generated ${corpus.cases} cases in ${corpus.jurisdictions} jurisdictions, ${corpus.tools + corpus.issuePapers + corpus.modelLaws + corpus.collections} other entries, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB in ${generateSeconds.toFixed(1)} s`,
  );

  const validate = await required(runStep('validate', node, ['scripts/validate.ts'], { cwd: REPO, env, echo: true }));

  const config = writeIsolatedConfig(REPO, path.join(tmp, 'site-config'));
  const dist = path.join(tmp, 'dist');
  const build = await required(
    runStep('build', node, ['scripts/build.ts', '--config', path.relative(REPO, config), '--outDir', dist], { cwd: REPO, env, echo: true, filter: progress }),
  );

  const bareRoot = writeBareProject(REPO, path.join(tmp, 'bare'), builtLanguages());
  // Inside the bare project: its server chunks resolve packages through its node_modules link.
  // The floor is for comparison only: if plain Astro cannot build these pages (at 50 000 cases its
  // data store outgrows V8's longest string), say so in the figures and carry on.
  const bareStep = await runStep('bare-build', node, [astro, 'build', '--outDir', path.join(bareRoot, 'dist')], {
    cwd: bareRoot,
    env,
    echo: true,
    filter: progress,
  });
  writeFileSync(path.join(logs, 'bare-build.log'), bareStep.lines.map((l) => `${l.at.toFixed(3)} ${l.text}`).join('\n') + '\n');
  // The root cause when Astro gives one (its data store outgrowing V8's longest string), else the first error line.
  const bareText = bareStep.lines.map((l) => l.text);
  const bareFailed =
    bareStep.code !== 0
      ? (bareText.find((t) => /Invalid string length/.test(t)) ?? bareText.find((t) => /Error/.test(t)) ?? `exit code ${bareStep.code}`).trim()
      : undefined;
  log(bareFailed ? `bare-build failed: ${bareFailed}` : `bare-build: ${bareStep.seconds.toFixed(1)} s, peak ${bareStep.peakRssMb ?? '?'} MB`);
  const bare = bareStep;

  const stats = distStats(dist);
  log(`site: ${stats.pages} pages, index ${(stats.indexBytes / 2 ** 20).toFixed(1)} MB; searching for "${corpus.query.word}" (in ${corpus.query.cases} cases)`);
  started = performance.now();
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  let search;
  let knownItem;
  let spanish;
  try {
    search = await probeSearch(browser, site.url, corpus.query.word);
    knownItem = await probeSearch(browser, site.url, corpus.knownItem.citation, 1);
    // The same query from the Spanish interface: it searches the same index (budget: within 10 %).
    if (builtLanguages().includes('es')) spanish = await probeSearch(browser, `${site.url}es/`, corpus.query.word);
  } finally {
    await browser.close();
    await site.close();
  }
  log(
    `search: first title after ${search.ms} ms, ${search.bytes} bytes (${search.requests} requests); probe took ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const result = {
    cases,
    seed: values.seed,
    validate_s: round(validate.seconds),
    build_s: round(build.seconds),
    bare_build_s: bareFailed ? null : round(bare.seconds),
    build_vs_bare: bareFailed ? null : round(build.seconds / bare.seconds),
    ...(bareFailed ? { bare_build_error: bareFailed } : {}),
    peak_rss_mb: build.peakRssMb,
    pages: stats.pages,
    index_bytes: stats.indexBytes,
    search_first_query_bytes: search.bytes,
    search_first_query_ms: search.ms,
    search_first_query_bytes_gzip: search.gzipBytes,
    search_first_query_body_bytes: search.bodyBytes,
    search_first_query_requests: search.requests,
    search_first_query_runs_ms: search.runsMs,
    search_first_page: { bytes: search.firstPage.bytes, bytes_gzip: search.firstPage.gzipBytes, requests: search.firstPage.requests, ms: search.firstPage.ms },
    search_query: search.query,
    search_query_cases: corpus.query.cases,
    search_result_count: search.resultCount,
    search_bytes_by_kind: search.byKind,
    // A citation typed to find one decision: what most searches of a case-law base look like.
    ...(spanish
      ? { search_first_query_es: { bytes: spanish.bytes, bytes_gzip: spanish.gzipBytes, ms: spanish.ms, vs_en_bytes: round(spanish.bytes / search.bytes) } }
      : {}),
    languages: builtLanguages(),
    search_known_item: {
      query: knownItem.query,
      bytes: knownItem.bytes,
      bytes_gzip: knownItem.gzipBytes,
      ms: knownItem.ms,
      first_result_is_it: knownItem.firstResultHref.includes(`/cases/${corpus.knownItem.id}/`),
      bytes_by_kind: knownItem.byKind,
    },
    build_phases: buildPhases(build.lines, build.seconds, build.memory),
    build_largest_process_peak_rss_mb: build.largestProcessPeakMb,
    // Where the peak comes from: Node (Astro and its helpers) and Pagefind's binary apart, and the
    // whole build's peak while Pagefind was alive (with Node's share at that moment).
    build_node_peak_rss_mb: build.peaks.nodePeakMb,
    build_pagefind_peak_rss_mb: build.peaks.pagefindPeakMb,
    build_overlap_peak_rss_mb: build.peaks.overlapPeakMb,
    build_node_at_overlap_peak_rss_mb: build.peaks.nodeAtOverlapPeakMb,
    validate_peak_rss_mb: validate.peakRssMb,
    bare_peak_rss_mb: bare.peakRssMb,
    generate_s: round(generateSeconds),
    content_bytes: corpus.bytes,
    content_words: corpus.words,
    entries: {
      cases: corpus.cases,
      tools: corpus.tools,
      issue_papers: corpus.issuePapers,
      model_laws: corpus.modelLaws,
      collections: corpus.collections,
      jurisdictions: corpus.jurisdictions,
    },
    dist_bytes: stats.distBytes,
    dist_files: stats.files,
    index_files: stats.indexFiles,
    machine: host,
    ...(values.keep ? { kept: tmp } : {}),
  };
  console.log(JSON.stringify(result, null, 2));
}

try {
  await main();
} catch (error) {
  log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  // A failed run keeps its folder: the logs there say what went wrong.
  if (values.keep || process.exitCode) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
