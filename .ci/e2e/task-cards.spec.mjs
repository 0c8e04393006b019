// End-to-end test of the Tasklist cards (issue 17): after two complaints arrive through the public
// API, the front line's 本组待办 shows on each card the case number, level, category and reply
// date (task-local card variables; the filter's `variables`), soonest due first. Run by .ci/e2e.sh:
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/task-cards.spec.mjs
// The screenshot 30-task-cards.png is the picture in docs/img/tasklist-cards.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { signIn } from './webapp-login.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/e2e';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(SCREENSHOTS, { recursive: true });

function expect(condition, message) { if (!condition) throw new Error(message); }

async function submit(category, label) {
  const response = await fetch(BASE_URL + '/api/complaints', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'e2e-cards-' + randomUUID() },
    body: JSON.stringify({
      channel: 'ONLINE',
      complainant: { name: '孙八', idNumber: '11010119860101' + String(Math.floor(Math.random() * 9000) + 1000),
                     phone: '13900139001', email: 'sun@example.com' },
      respondent: { unit: '朝阳支行' }, businessLine: 'INSURANCE', category,
      request: '要求答复', facts: '多次联系未获答复', claimedAmount: 800.00, flags: [], jointComplainants: 1,
    }),
  });
  const text = await response.text();
  expect(response.status === 201, `/api/complaints answered ${response.status}: ${text}`);
  return { ...JSON.parse(text), label };
}

const complaints = [await submit('CLAIM_DISPUTE', '理赔纠纷'), await submit('SALES_DISPUTE', '销售纠纷')];

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 900 } });
context.setDefaultTimeout(20_000);
const page = await context.newPage();
let ok = false;
try {
  await page.goto(BASE_URL + '/camunda/app/tasklist/default/');
  // the first load of the webapp on a busy machine may take longer than a click
  await page.waitForSelector('input[ng-model=username]', { timeout: 90_000 });
  await signIn(page, 'frontline');
  // Tasklist's first page after the login: as slow as the first load on a busy machine
  await page.waitForSelector('text=本组待办', { timeout: 90_000 });

  let list = '';
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.click('text=本组待办');
    await page.waitForTimeout(1500);
    list = await page.locator('ol.tasks-list').innerText().catch(() => '');
    if (complaints.every((c) => list.includes(c.caseNumber))) break;
    await page.reload();
    await page.waitForSelector('text=本组待办');
  }
  for (const complaint of complaints) {
    const card = page.locator('ol.tasks-list > li', { hasText: complaint.caseNumber }).first();
    // Tasklist shows the first two card variables; the chevron shows the others
    await card.locator('a.glyphicon-menu-down').first().click();
    await card.locator('a.glyphicon-menu-up').first().waitFor();
    const text = await card.innerText();
    for (const shown of ['案件编号', complaint.caseNumber, '等级', '三级', '类别', complaint.label, '答复期限']) {
      expect(text.includes(shown), `card of ${complaint.caseNumber} lacks '${shown}':\n${text}`);
    }
    expect(/答复期限[\s\S]*\d{4}-\d{2}-\d{2}/.test(text), `card of ${complaint.caseNumber} shows no reply date:\n${text}`);
  }
  await page.mouse.move(900, 600);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(SCREENSHOTS, '30-task-cards.png') });
  ok = true;
  console.log('ok     the front line\'s 本组待办 shows case number, level, category and reply date on each card');
} catch (e) {
  console.log(`FAILED task cards\n       ${String(e?.stack ?? e).split('\n').join('\n       ')}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'task-cards-failed.png') }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(ok ? 0 : 1);
