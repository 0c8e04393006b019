// End-to-end test of the 版本迁移 Cockpit plugin in the real Cockpit, in headless Chromium (playwright-core
// with Debian's chromium). Run by .ci/e2e.sh against a running service:
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/migration.spec.mjs
// Registers a complaint (it runs on the deployed version of complaint-handling), deploys a new version as the
// process owner does from Camunda Modeler (POST /engine-rest/deployment/create), logs in to Cockpit as the
// owner, proposes, validates and runs the migration in #/casedesk-migration and waits for the batch; checks a
// case worker is refused. Screenshot target/e2e/migration.png (docs/img/cockpit-migration.png).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/e2e';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(SCREENSHOTS, { recursive: true });

let passed = 0;
let failed = 0;
function expect(condition, message) { if (!condition) throw new Error(message); }
const basic = (user) => ({ Authorization: `Basic ${Buffer.from(`${user}:demo`).toString('base64')}` });

const res = await fetch(`${BASE_URL}/api/complaints`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-migration-${Date.now()}` },
  body: JSON.stringify({
    channel: 'ONLINE',
    complainant: { name: '迁移测试', idNumber: null, phone: `137${String(Date.now() % 1e8).padStart(8, '0')}`, email: null },
    respondent: { unit: '朝阳支行', staffName: null },
    businessLine: 'INSURANCE', category: 'CLAIM_DISPUTE', request: '要求赔付',
    facts: `迁移端到端测试 ${Date.now()}`, claimedAmount: 3000, flags: [], jointComplainants: 1,
  }),
});
if (res.status !== 201) throw new Error(`complaint: HTTP ${res.status} ${await res.text()}`);
console.log(`       registered ${(await res.json()).caseNumber}`);

// the owner deploys a new version as Camunda Modeler does
const form = new FormData();
form.append('deployment-name', 'complaint-handling (owner, e2e)');
form.append('deploy-changed-only', 'false');
form.append('complaint-handling.bpmn', new Blob([readFileSync('processes/complaint/complaint-handling.bpmn')]), 'complaint-handling.bpmn');
const deployed = await fetch(`${BASE_URL}/engine-rest/deployment/create`, { method: 'POST', headers: basic('owner'), body: form });
if (deployed.status !== 200) throw new Error(`deployment: HTTP ${deployed.status} ${await deployed.text()}`);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 1000 } });
context.setDefaultTimeout(30_000);
const foreign = [];
context.on('request', (req) => {
  const url = req.url();
  if (!url.startsWith(BASE_URL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
});
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok     ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED ${name}\n       ${String(e?.stack ?? e).split('\n').join('\n       ')}`);
    await page.screenshot({ path: join(SCREENSHOTS, `failed-migration-${passed + failed}.png`), fullPage: true }).catch(() => {});
  }
}

await check('Cockpit login as owner shows 版本迁移 in the navigation', async () => {
  await page.goto(`${BASE_URL}/camunda/app/cockpit/`);
  await page.fill('input[ng-model="username"]', 'owner');
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.locator('a[href="#/casedesk-migration"]').first().waitFor({ state: 'visible' });
});

await check('#/casedesk-migration lists the versions, proposes a same-id plan, validates and runs it with progress', async () => {
  await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/casedesk-migration`);
  await page.locator('.cdmg-process').waitFor({ state: 'visible' });
  await page.selectOption('.cdmg-process', 'complaint-handling');
  await page.locator('.cdmg-versions tbody tr').nth(1).waitFor({ state: 'visible' });
  const versions = await page.locator('.cdmg-versions tbody tr').count();
  expect(versions >= 2, `${versions} versions listed`);
  const source = await page.locator('.cdmg-source').inputValue();
  const target = await page.locator('.cdmg-target').inputValue();
  expect(Number(source) < Number(target), `source ${source}, target ${target}`);
  await page.click('.cdmg-propose');
  await page.locator('.cdmg-plan tbody tr').first().waitFor({ state: 'visible' });
  const rows = await page.locator('.cdmg-plan tbody tr').allTextContents();
  expect(rows.every((r) => { const ids = r.split('→').map((s) => s.trim()); return ids[0] === ids[1]; }), 'a cross-id instruction');
  await page.click('.cdmg-validate');
  await page.locator('.cdmg-summary').waitFor({ state: 'visible' });
  const summary = await page.locator('.cdmg-summary').textContent();
  expect(/[1-9]\d* \/ \d+ 个实例可以迁移/.test(summary), summary);
  await page.click('.cdmg-run');
  await page.locator('.cdmg-status', { hasText: '迁移完成' }).waitFor({ state: 'visible', timeout: 120_000 });
  console.log(`       version ${source} → ${target}: ${rows.length} activities, ${summary.trim()}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'migration.png'), fullPage: true });
});

await check('the versions list afterwards shows the cases on the new version', async () => {
  const last = page.locator('.cdmg-versions tbody tr').last();
  const instances = Number((await last.locator('td.cdmg-n').textContent()).trim());
  expect(instances >= 1, `${instances} instances on the newest version`);
});

await check('a case worker is refused the migration API (the engine paths: CaseMigrationTest)', async () => {
  const versions = await fetch(`${BASE_URL}/api/processes/complaint-handling/versions`, { headers: basic('frontline') });
  expect(versions.status === 403, `frontline /api: HTTP ${versions.status}`);
});

await check('no JavaScript errors, no request left the service', async () => {
  expect(pageErrors.length === 0, `JavaScript errors: ${pageErrors.join('; ')}`);
  expect(foreign.length === 0, `foreign requests: ${foreign.join(', ')}`);
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
