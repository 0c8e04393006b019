// End-to-end test of 我的案件 / 本组案件 (issue 17, Tasklist plugin casedesk-cases) in headless Chromium: the front
// line registers a complaint, opens Tasklist, opens the case list from the header, finds the new case under
// 本组案件 by a part of the respondent unit and by its number (Chinese labels, the reply deadline in Beijing
// time), sees it under 我的案件 once the task is claimed and opens the task from there, gets a readable message
// for a too-short query; a user of another group does not find it. Run by .ci/e2e.sh:
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/my-cases.spec.mjs
// 40-tasklist-my-cases.png is the picture in docs/img/tasklist-my-cases.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { signIn } from './webapp-login.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/e2e';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const UNIT = `案件列表${randomUUID().slice(0, 6)}支行`;
mkdirSync(SCREENSHOTS, { recursive: true });

let passed = 0;
let failed = 0;
function expect(condition, message) { if (!condition) throw new Error(message); }

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

async function check(name, fn) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  try {
    await fn(page);
    passed++;
    console.log(`ok     ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED ${name}\n       ${String(e?.stack ?? e).split('\n').join('\n       ')}`);
    await page.screenshot({ path: join(SCREENSHOTS, `my-cases-failed-${passed + failed}.png`) }).catch(() => {});
  } finally {
    await context.close();
  }
}

function basic(user) { return 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'); }

async function api(path, user, init = {}) {
  const response = await fetch(BASE_URL + path, { ...init, headers: { Authorization: basic(user), ...(init.headers ?? {}) } });
  const text = await response.text();
  expect(response.ok, `${init.method ?? 'GET'} ${path} as ${user} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Polls until `probe` answers something truthy (the job executor runs the process on); fails after `timeoutMs`. */
async function poll(what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function login(page, user) {
  await page.goto(BASE_URL + '/camunda/app/tasklist/default/');
  await signIn(page, user);
  // Tasklist's first page after the login: as slow as the first load on a busy machine
  await page.waitForSelector('a.cdc-open', { timeout: 90_000 });
}

/** Opens the case list from Tasklist's header on a tab, optionally searching; returns the rows' texts. */
async function openList(page, tab, q) {
  if (!(await page.locator('.cdc-dialog').isVisible().catch(() => false))) {
    await page.click('a.cdc-open');
    await page.waitForSelector('.cdc-dialog');
  }
  await page.click(`.cdc-tabs a[data-scope="${tab === '我的案件' ? 'mine' : 'group'}"]`);
  await page.fill('.cdc-q', q ?? '');
  await page.click('.cdc-search');
  await page.waitForFunction(() => document.querySelector('.cdc-message')?.textContent !== '加载中…');
  await page.waitForTimeout(200);
  return page.locator('.cdc-row').allInnerTexts();
}

// 1. The front line registers complaints on the hotline (the first is the one to find; the others fill the
// list in the picture); their first tasks wait in 本组待办
async function register(unit, category, phone) {
  return api('/api/complaints', 'frontline', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'e2e-my-cases-' + randomUUID() },
    body: JSON.stringify({
      channel: 'HOTLINE', complainant: { name: '案件列表测试', phone },
      respondent: { unit, staffName: null }, businessLine: 'INSURANCE', category,
      request: '要求处理', facts: `案件列表测试 ${randomUUID()}`, flags: [], jointComplainants: 1,
    }),
  });
}
const { caseNumber } = await register(UNIT, 'CLAIM_DISPUTE', '13912345671');
await register('浦东支行', 'SALES_DISPUTE', '13912345672');
await register('静安支行', 'SERVICE_QUALITY', '13912345673');
console.log(`       registered ${caseNumber}`);
await poll(`a group task of ${caseNumber}`, async () =>
  (await api(`/api/complaints?scope=group&q=${caseNumber}`, 'frontline')).total === 1);
const expected = (await api(`/api/complaints?q=${caseNumber}`, 'frontline')).items[0];
const due = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(expected.replyDueBy)).replace(',', '');

await check('the front line finds the new case under 本组案件 by unit and by number, in Chinese', async (page) => {
  await login(page, 'frontline');
  const byUnit = await openList(page, '本组案件', UNIT.slice(0, 8));
  expect(byUnit.length === 1 && byUnit[0].includes(caseNumber), `by unit: ${JSON.stringify(byUnit)}`);
  const byNumber = await openList(page, '本组案件', caseNumber);
  expect(byNumber.length === 1, `by number: ${JSON.stringify(byNumber)}`);
  const row = byNumber[0];
  for (const text of [caseNumber, '理赔纠纷', due]) expect(row.includes(text), `the row lacks '${text}': ${row}`);
  expect(/[一二三]级/.test(row), `no level label: ${row}`);
  expect(/已登记|处理中/.test(row), `no status label: ${row}`);
  expect(!row.includes('CLAIM_DISPUTE') && !row.includes('IN_HANDLING'), `codes instead of labels: ${row}`);
  expect((await page.locator('.cdc-pageinfo').innerText()).includes('共 1 件'), 'the pager does not count 1');
  // the whole group list, the picture in the docs
  const all = await openList(page, '本组案件', '');
  expect(all.length >= 1, 'the group list is empty');
  await page.screenshot({ path: join(SCREENSHOTS, '40-tasklist-my-cases.png') });
  // not claimed yet: not among 我的案件
  const mine = await openList(page, '我的案件', caseNumber);
  expect(mine.length === 0, `mine before the claim: ${JSON.stringify(mine)}`);
  await openList(page, '本组案件', '张');
  const message = await page.locator('.cdc-message').innerText();
  expect(message.includes('至少输入 2 个字'), `a one-character query says: '${message}'`);
});

await check('once claimed the case is among 我的案件', async (page) => {
  const [task] = await api(`/engine-rest/task?processInstanceBusinessKey=${caseNumber}`, 'frontline');
  await api(`/engine-rest/task/${task.id}/claim`, 'frontline', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId: 'frontline' }),
  });
  await login(page, 'frontline');
  const mine = await openList(page, '我的案件', caseNumber);
  expect(mine.length === 1 && mine[0].includes(caseNumber), `mine after the claim: ${JSON.stringify(mine)}`);
  // 打开任务: the panel goes, Tasklist shows the case's task with its form
  await page.click('.cdc-row a.cdc-task');
  await page.waitForSelector('.cdc-dialog', { state: 'detached' });
  await page.waitForFunction((number) => [...document.querySelectorAll('.fjs-form input')].some((i) => i.value === number),
    caseNumber);
});

await check('a user of another group does not find the case', async (page) => {
  await login(page, 'claims');
  for (const tab of ['本组案件', '我的案件']) {
    const rows = await openList(page, tab, caseNumber);
    expect(rows.length === 0, `${tab} of claims: ${JSON.stringify(rows)}`);
  }
});

await browser.close();
console.log(`my-cases: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
