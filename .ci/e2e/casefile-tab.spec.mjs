// End-to-end test of the 案件档案 (case file) tab in Tasklist's task view (plugin casedesk-casefile,
// casefile/tasklist): the front line opens its task, clicks the tab and reads the case number, the
// 处理进度 entries and the reply deadline (Asia/Shanghai); whistleblowing intake opens a real-name report's
// task and sees the pseudonymous view, never the reporter's identity. Run by .ci/e2e.sh:
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/casefile-tab.spec.mjs
// target/e2e/tasklist-casefile.png is the picture in docs/img/tasklist-casefile.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { signIn } from './webapp-login.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/e2e';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ADMIN = { Authorization: 'Basic ' + Buffer.from('admin:demo').toString('base64') };
mkdirSync(SCREENSHOTS, { recursive: true });

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

let passed = 0;
let failed = 0;
function expect(condition, message) { if (!condition) throw new Error(message); }

async function check(name, fn) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1500 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  try {
    await fn(page);
    passed++;
    console.log(`ok     ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED ${name}\n       ${String(e?.stack ?? e).split('\n').join('\n       ')}`);
    await page.screenshot({ path: join(SCREENSHOTS, `casefile-failed-${passed + failed}.png`), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
}

async function post(path, body, headers = {}) {
  const response = await fetch(BASE_URL + path, {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.status === 201, `${path} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

/** The open task of a case with the given definition key, waiting for the service's jobs to get there. */
async function taskOf(businessKey, taskDefinitionKey) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(`${BASE_URL}/engine-rest/task?processInstanceBusinessKey=${businessKey}`, { headers: ADMIN });
    const tasks = await response.json();
    const task = tasks.find((t) => t.taskDefinitionKey === taskDefinitionKey);
    if (task) return task;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no ${taskDefinitionKey} task for ${businessKey}`);
}

async function login(page, user) {
  await page.goto(BASE_URL + '/camunda/app/tasklist/default/');
  await signIn(page, user);
  // Tasklist's first page after the login: as slow as the first load on a busy machine
  await page.waitForSelector('text=本组待办', { timeout: 90_000 });
}

/** Opens the task in Tasklist's task view and clicks the 案件档案 tab. */
async function openCaseFile(page, taskId) {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await page.click('.task-details a:has-text("案件档案"), a:has-text("案件档案")');
  await page.waitForSelector('.cdf-case-number');
}

const complaint = await post('/api/complaints', {
  channel: 'ONLINE',
  complainant: { name: '孙八', idNumber: '11010119860101' + String(Math.floor(Math.random() * 9000) + 1000),
                 phone: '13700137000', email: 'sun@example.com' },
  respondent: { unit: '西城支行', staffName: '周九' }, businessLine: 'INSURANCE', category: 'CLAIM_DISPUTE',
  request: '要求退还保费', facts: '退保申请两周未处理', claimedAmount: 2000.00, flags: [], jointComplainants: 1,
}, { 'Idempotency-Key': 'e2e-casefile-' + randomUUID() });

await check('the front line opens its task, clicks 案件档案 and reads the case number, 处理进度 and the deadline', async (page) => {
  const task = await taskOf(complaint.caseNumber, 'Task_FrontlineResolve');
  await login(page, 'frontline');
  await openCaseFile(page, task.id);
  const tab = page.locator('.cdf');
  expect((await tab.locator('.cdf-case-number').innerText()).trim() === complaint.caseNumber, 'the case number');
  const progress = tab.locator('.cdf-events');
  expect((await progress.locator('h4').innerText()).includes('处理进度'), 'the 处理进度 section');
  const entries = await progress.locator('tbody tr').count();
  expect(entries >= 2, `处理进度 lists ${entries} entries`);
  expect((await progress.innerText()).includes('登记受理'), 'the intake entry in Chinese');
  const deadline = (await tab.locator('.cdf-deadline').innerText()).trim();
  expect(/^\d{4}\/\d{2}\/\d{2} 23:59$/.test(deadline), `reply deadline shown in Beijing time, got '${deadline}'`);
  expect((await tab.locator('.cdf-statutory').innerText()).includes('23:59'), 'the statutory deadline');
  expect((await tab.innerText()).includes('13700137000'), 'the front line reads the phone number in full');
  await page.screenshot({ path: join(SCREENSHOTS, 'tasklist-casefile.png'), fullPage: true });
});

await check('another group gets no case file for a task that is not theirs', async (page) => {
  const task = await taskOf(complaint.caseNumber, 'Task_FrontlineResolve');
  await login(page, 'claims');
  const status = await page.evaluate(async ({ taskId }) => (await fetch(
    `/camunda/api/tasklist/plugin/casedesk-casefile/default/task/${taskId}`, { credentials: 'same-origin' })).status,
  { taskId: task.id });
  expect(status === 404, `claims got ${status}`);
});

const reporter = { name: '欧阳端' + Math.floor(Math.random() * 1e6), phone: '1380013' + String(Math.floor(Math.random() * 9000) + 1000),
                   email: `wb${randomUUID().slice(0, 8)}@example.com` };
const report = await post('/api/reports', {
  anonymous: false, reporter, reportedParty: { name: '某科长', unit: '西城支行' },
  description: '科长要求客户支付咨询费后方可放款。', occurredAt: '2026-10-01', location: '北京',
});

await check('whistleblowing intake sees the report under its pseudonym and never the reporter', async (page) => {
  const task = await taskOf(report.reportNumber, 'Task_Assess');
  await login(page, 'wb-intake');
  await openCaseFile(page, task.id);
  const text = await page.locator('.cdf').innerText();
  expect(text.includes(report.reportNumber), 'the report number');
  expect(text.includes('化名'), 'the pseudonym');
  for (const secret of [reporter.name, reporter.phone, reporter.email]) {
    expect(!text.includes(secret) && !(await page.content()).includes(secret), 'the reporter\'s identity is shown');
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'tasklist-casefile-report.png'), fullPage: true });
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
