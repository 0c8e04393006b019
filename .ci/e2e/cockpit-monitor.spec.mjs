// End-to-end test of the 投诉监控 Cockpit plugin in the real Cockpit, in headless Chromium. playwright-core
// drives the system browser (Debian's /usr/bin/chromium); it never downloads one. Run by .ci/e2e.sh
// against a running service (after public-pages.spec.mjs):
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/cockpit-monitor.spec.mjs
// Registers a few complaints of every level through the public API, logs in to Cockpit as the manager,
// checks the dashboard on Cockpit's start page and on its own page (#/casedesk-monitor), follows a case
// to its process instance and saves screenshots. Prints one line per check and a closing
// "N passed, M failed"; exits non-zero on any failure.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/e2e';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const USER = process.env.COCKPIT_USER ?? 'manager';
mkdirSync(SCREENSHOTS, { recursive: true });

let passed = 0;
let failed = 0;
function expect(condition, message) { if (!condition) throw new Error(message); }

// complaints of the three levels (Level 1: 500,000 or more; Level 2: an agitated complainant or media attention)
const complaints = [
  { amount: 600000, flags: [] },
  { amount: 20000, flags: ['AGITATED'] },
  { amount: 8000, flags: ['MEDIA_ATTENTION'] },
  { amount: 3000, flags: [] },
  { amount: 500, flags: [] },
];
const levels = [];
for (const [i, c] of complaints.entries()) {
  const res = await fetch(`${BASE_URL}/api/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-monitor-${Date.now()}-${i}` },
    body: JSON.stringify({
      channel: 'ONLINE',
      // a different complainant each: the same complainant's same matter would be merged (Art. 18 ¶3)
      complainant: { name: `监控测试${i}`, idNumber: null, phone: `139${String(Date.now() % 1e7).padStart(7, '0')}${i}`.slice(0, 11), email: null },
      respondent: { unit: ['朝阳支行', '海淀支行', '西城支行'][i % 3], staffName: null },
      businessLine: 'INSURANCE', category: 'CLAIM_DISPUTE', request: '要求赔付',
      facts: `监控端到端测试 ${Date.now()} ${i}`, claimedAmount: c.amount, flags: c.flags, jointComplainants: 1,
    }),
  });
  if (res.status !== 201) throw new Error(`complaint ${i}: HTTP ${res.status} ${await res.text()}`);
  levels.push((await res.json()).level);
}
console.log(`       registered complaints of levels ${levels.join(', ')}`);
if (levels.join() !== '1,2,2,3,3') throw new Error(`unexpected levels ${levels.join()}`);

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
    await page.screenshot({ path: join(SCREENSHOTS, `failed-cockpit-${passed + failed}.png`), fullPage: true }).catch(() => {});
  }
}

await check(`Cockpit login as ${USER} shows 投诉监控 on the start page`, async () => {
  await page.goto(`${BASE_URL}/camunda/app/cockpit/`);
  await page.fill('input[ng-model="username"]', USER);
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  const monitor = page.locator('.cdm .cdm-tiles');
  await monitor.waitFor({ state: 'visible' });
  expect((await page.locator('.cdm h2').first().textContent()).includes('投诉监控'), 'no 投诉监控 heading');
  expect(await page.locator('a[href="#/casedesk-monitor"]').count() >= 1, 'no 投诉监控 entry in the navigation');
});

await check('#/casedesk-monitor: tiles, the daily chart, backlog by level and group, lists linked to process instances', async () => {
  await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/casedesk-monitor`);
  await page.locator('.cdm .cdm-oldest table').waitFor({ state: 'visible' });
  const open = Number((await page.locator('.cdm-tile-value').first().textContent()).trim());
  expect(open >= complaints.length, `在办投诉 shows ${open}`);
  expect(await page.locator('.cdm svg.cdm-chart rect.cdm-opened').count() >= 30, 'no daily bars');
  const backlog = await page.locator('.cdm section').nth(1).textContent();
  for (const label of ['一级', '二级', '三级']) expect(backlog.includes(label), `no ${label} in the backlog`);
  expect(backlog.includes('complaint-leadership') || backlog.includes('complaint-supervisor'), 'no group in the backlog');
  const links = page.locator('.cdm-oldest a[href^="#/process-instance/"]');
  expect(await links.count() >= 1, 'no link to a process instance');
  await page.screenshot({ path: join(SCREENSHOTS, '10-cockpit-monitor.png'), fullPage: true });
  const caseNumber = (await links.first().textContent()).trim();
  expect(/^TS\d+$/.test(caseNumber), `case number "${caseNumber}"`);
  await links.first().click();
  await page.waitForURL(/#\/process-instance\/[^/]+/);
  // Cockpit's own process instance view, whose business key is the case number
  await page.locator('dd, .value, span, td', { hasText: caseNumber }).first().waitFor({ state: 'visible' });
  console.log(`       ${open} open; ${caseNumber} opened its process instance`);
  await page.screenshot({ path: join(SCREENSHOTS, '11-cockpit-process-instance.png') });
});

await check('no JavaScript errors, no request left the service', async () => {
  expect(pageErrors.length === 0, `JavaScript errors: ${pageErrors.join('; ')}`);
  expect(foreign.length === 0, `foreign requests: ${foreign.join(', ')}`);
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
