// End-to-end test of Camunda Tasklist with authorization checks on, in headless Chromium: each
// person sees the tasks of their own groups, with their Chinese form, and can claim and complete
// them; complaint staff never see a whistleblowing task, and the other way round. Run by .ci/e2e.sh:
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/tasklist.spec.mjs
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { signIn } from './webapp-login.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/e2e';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
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
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  try {
    await fn(page);
    passed++;
    console.log(`ok     ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED ${name}\n       ${String(e?.stack ?? e).split('\n').join('\n       ')}`);
    await page.screenshot({ path: join(SCREENSHOTS, `tasklist-failed-${passed + failed}.png`) }).catch(() => {});
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

async function login(page, user) {
  await page.goto(BASE_URL + '/camunda/app/tasklist/default/');
  await signIn(page, user);
  // Tasklist's first page after the login: as slow as the first load on a busy machine
  await page.waitForSelector('text=本组待办', { timeout: 90_000 });
}

/** Opens 本组待办 and returns the task names it lists, reloading until `expected` shows (jobs run). */
async function groupTasks(page, expected) {
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.click('text=本组待办');
    await page.waitForTimeout(1500);
    const text = await page.locator('ol.tasks-list').innerText().catch(() => '');
    if (!expected || text.includes(expected)) return text;
    await page.reload();
    await page.waitForSelector('text=本组待办');
  }
  return page.locator('ol.tasks-list').innerText().catch(() => '');
}

const complaint = await post('/api/complaints', {
  channel: 'ONLINE',
  complainant: { name: '钱七', idNumber: '11010119850101' + String(Math.floor(Math.random() * 9000) + 1000),
                 phone: '13900139000', email: 'qian@example.com' },
  respondent: { unit: '海淀支行', staffName: '赵六' }, businessLine: 'INSURANCE', category: 'CLAIM_DISPUTE',
  request: '要求赔付', facts: '理赔未获答复', claimedAmount: 3000.00, flags: [], jointComplainants: 1,
}, { 'Idempotency-Key': 'e2e-' + randomUUID() });
const report = await post('/api/reports', {
  anonymous: true, reportedParty: { name: '某员工', unit: '海淀支行' },
  description: '员工私下收取客户费用。', occurredAt: '2026-10-01', location: '北京',
});

await check('the front line sees its group task with its Chinese form and no whistleblowing task', async (page) => {
  await login(page, 'frontline');
  const list = await groupTasks(page, '现场处理');
  expect(list.includes('现场处理 Resolve on the spot'), `本组待办 lists: ${list}`);
  expect(!list.includes('初步评估'), 'a whistleblowing task is visible to the front line');
  await page.locator('ol.tasks-list li a', { hasText: '现场处理' }).first().click();
  await page.waitForSelector('text=案件编号 (Case number)');
  const caseNumber = await page.locator('input[name="caseNumber"], input#caseNumber, .fjs-form input').first().inputValue();
  expect(caseNumber.startsWith('TS'), `the form shows the case number, got '${caseNumber}'`);
  await page.screenshot({ path: join(SCREENSHOTS, 'tasklist-frontline.png') });
});

await check('the front line claims and completes its task', async (page) => {
  await login(page, 'frontline');
  await groupTasks(page, '现场处理');
  // open each 现场处理 task until the form shows this run's case number
  const tasks = page.locator('ol.tasks-list li a', { hasText: '现场处理' });
  const count = await tasks.count();
  let found = false;
  for (let i = 0; i < count && !found; i++) {
    await tasks.nth(i).click();
    await page.waitForSelector('text=案件编号 (Case number)');
    const value = await page.locator('.fjs-form input').first().inputValue();
    found = value === complaint.caseNumber;
  }
  expect(found, `task of ${complaint.caseNumber} not in the list`);
  // Tasklist speaks Chinese (app/tasklist/locales/zh.json): 认领 = Claim, 完成 = Complete
  await page.click('button:has-text("认领"), a:has-text("认领")');
  await page.waitForSelector('button:has-text("完成")');
  await page.locator('label:has-text("需进一步调查")').click();
  await page.click('button:has-text("完成")');
  await page.waitForSelector('text=在列表中选择任务', { timeout: 20_000 });
  const response = await fetch(`${BASE_URL}/engine-rest/task?processInstanceBusinessKey=${complaint.caseNumber}`, {
    headers: { Authorization: 'Basic ' + Buffer.from('admin:demo').toString('base64') },
  });
  const open = await response.json();
  expect(open.some((t) => t.taskDefinitionKey === 'Task_Investigate'), `after completing: ${JSON.stringify(open.map((t) => t.name))}`);
});

await check('whistleblowing intake sees the report\'s assessment and no complaint task', async (page) => {
  await login(page, 'wb-intake');
  const list = await groupTasks(page, '初步评估');
  expect(list.includes('初步评估'), `本组待办 lists: ${list}`);
  expect(!list.includes('现场处理') && !list.includes('调查核实'), 'a complaint task is visible to whistleblowing intake');
  expect(report.reportNumber.startsWith('JB'), 'report number');
  await page.screenshot({ path: join(SCREENSHOTS, 'tasklist-wb-intake.png') });
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
