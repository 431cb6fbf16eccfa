/** The public origin: KB_SITE, else homepage in package.json, else none; never a placeholder host. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { publicOrigin } from '../../src/lib/public-origin.ts';

const packageWith = (fields: Record<string, unknown>) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-origin-')), 'package.json');
  writeFileSync(file, JSON.stringify({ name: 'x', ...fields }));
  return pathToFileURL(file);
};

test('KB_SITE first, then homepage, then none', () => {
  const withHomepage = packageWith({ homepage: 'https://case-law.unodc-partner.int/kb/' });
  assert.equal(publicOrigin({ KB_SITE: 'https://kb.court.gov.xx' }, withHomepage), 'https://kb.court.gov.xx');
  assert.equal(publicOrigin({}, withHomepage), 'https://case-law.unodc-partner.int');
  assert.equal(publicOrigin({}, packageWith({})), undefined);
  assert.equal(publicOrigin({ KB_SITE: '' }, packageWith({})), undefined);
});

test('a placeholder host or something that is not a web address is refused, saying what to give', () => {
  const none = packageWith({});
  assert.throws(() => publicOrigin({ KB_SITE: 'https://trafficking-case-law.example.org' }, none), /placeholder host/);
  assert.throws(() => publicOrigin({ KB_SITE: 'case-law.org' }, none), /is not a web address/);
  assert.throws(() => publicOrigin({ KB_SITE: 'ftp://case-law.org' }, none), /must start with https:\/\//);
});
