// End-to-end test of the Chinese Camunda webapps in headless Chromium: Tasklist, Cockpit and Admin speak
// Chinese (app/<app>/locales/zh.json, config.js offers only zh) whether the browser asks for zh-CN or
// en-US, show no raw translation key, and give times in the browser's time zone, Asia/Shanghai here.
// Run by .ci/e2e.sh:
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/webapp-locale.spec.mjs
// 30-tasklist-zh.png is the picture in docs/img/tasklist-zh.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

async function check(name, locale, fn) {
  const context = await browser.newContext({ locale, timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await fn(page);
    expect(errors.length === 0, `JavaScript errors: ${errors.join('; ')}`);
    passed++;
    console.log(`ok     ${name} (${locale})`);
  } catch (e) {
    failed++;
    console.log(`FAILED ${name} (${locale})\n       ${String(e?.stack ?? e).split('\n').join('\n       ')}`);
    await page.screenshot({ path: join(SCREENSHOTS, `locale-failed-${passed + failed}.png`) }).catch(() => {});
  } finally {
    await context.close();
  }
}

async function login(page, app, user) {
  await page.goto(`${BASE_URL}/camunda/app/${app}/default/`);
  const button = page.locator('button[type=submit]');
  await button.waitFor({ state: 'visible' });
  const label = (await button.innerText()).trim();
  expect(label === '登录', `${app} login button reads '${label}'`);
  await signIn(page, user);
}

/** The visible text must hold each of `chinese`, none of `english`, and no untranslated KEY_LIKE_THIS. */
async function expectText(page, app, chinese, english) {
  const text = await page.locator('body').innerText();
  for (const s of chinese) expect(text.includes(s), `${app} does not show '${s}'`);
  for (const s of english) expect(!text.includes(s), `${app} still shows '${s}'`);
  const rawKeys = text.match(/\b[A-Z][A-Z0-9]+(_[A-Z0-9]+){2,}\b/g) ?? [];
  expect(rawKeys.length === 0, `${app} shows translation keys: ${rawKeys.join(', ')}`);
}

// a complaint of level 3, so the front line has a 现场处理 task of this run
const res = await fetch(`${BASE_URL}/api/complaints`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-locale-${Date.now()}` },
  body: JSON.stringify({
    channel: 'ONLINE', complainant: { name: '孙八', idNumber: null, phone: '13700137000', email: null },
    respondent: { unit: '西城支行', staffName: null }, businessLine: 'INSURANCE', category: 'CLAIM_DISPUTE',
    request: '要求赔付', facts: `语言端到端测试 ${Date.now()}`, claimedAmount: 800, flags: [], jointComplainants: 1,
  }),
});
if (res.status !== 201) throw new Error(`complaint: HTTP ${res.status} ${await res.text()}`);
const complaintCreated = new Date();

/** A time as Tasklist's zh dateLocales write it (LLLL = YYYY年M月D日dddd HH:mm) on the Shanghai clock. */
function shanghaiTime(at) {
  const p = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric',
    weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at)
    .reduce((m, x) => ({ ...m, [x.type]: x.value }), {});
  return `${p.year}年${p.month}月${p.day}日${p.weekday} ${p.hour}:${p.minute}`;
}

for (const locale of ['zh-CN', 'en-US']) {
  const suffix = locale === 'zh-CN' ? 'zh' : 'en-US';

  await check('Tasklist speaks Chinese and gives times in Asia/Shanghai', locale, async (page) => {
    await login(page, 'tasklist', 'frontline');
    await page.waitForSelector('text=本组待办');
    await page.waitForSelector('#footer-timezone');
    await page.waitForTimeout(1000); // the task list and its relative dates render after the filters
    await expectText(page, 'Tasklist',
      ['启动流程', '在列表中选择任务', '日期和时间的显示时区', 'Asia/Shanghai'],
      ['Start process', 'Select a task in the list', 'Create a filter', 'Date and Time displayed', 'Log in']);
    const footer = await page.locator('#footer-timezone').innerText();
    expect(footer.includes('Asia/Shanghai'), `footer says '${footer}'`);

    // a task of this run: its buttons and dates in Chinese, absolute times in Shanghai time
    await page.click('text=本组待办');
    const task = page.locator('ol.tasks-list li a', { hasText: '现场处理' }).first();
    await task.waitFor({ state: 'visible' });
    await task.click();
    await page.waitForSelector('button:has-text("认领")');
    await page.waitForTimeout(500);
    await expectText(page, 'Tasklist task', ['认领', '添加备注', '设置跟进日期'], ['Add comment', 'Set due date', 'Set follow-up date']);
    const text = await page.locator('body').innerText();
    expect(/\d+ ?(秒|分钟|小时|天)前|几秒前/.test(text), `no Chinese relative time in: ${text.slice(0, 600)}`);
    // the cards' tooltips carry the absolute time (dateLocales LLLL): this run's task was created within
    // the last minutes, so one card must read that time on the Shanghai clock, e.g. 2026年12月6日星期日 15:45
    const tooltips = await page.locator('ol.tasks-list .creation-date [uib-tooltip]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('uib-tooltip')));
    const expected = [-1, 0, 1, 2].map((m) => shanghaiTime(new Date(complaintCreated.getTime() + m * 60_000)));
    console.log(`       created: ${tooltips.slice(0, 3).join(' | ')}; expected one of ${expected.join(' | ')}`);
    expect(tooltips.some((t) => expected.includes(t.trim())), `no card created at ${expected[1]}: ${tooltips.join(' | ')}`);
    await page.screenshot({ path: join(SCREENSHOTS, `30-tasklist-${suffix}.png`) });
  });

  await check('Cockpit dashboard speaks Chinese', locale, async (page) => {
    await login(page, 'cockpit', 'manager');
    await page.waitForSelector('text=运行的流程实例');
    await page.waitForTimeout(1000);
    await expectText(page, 'Cockpit', ['流程定义', '部署', '未完成的人工任务'],
      ['Running Process Instances', 'Process Definitions', 'Open Human Tasks', 'Deployments']);
    await page.screenshot({ path: join(SCREENSHOTS, `31-cockpit-${suffix}.png`) });
  });

  await check('Admin speaks Chinese', locale, async (page) => {
    await login(page, 'admin', 'admin');
    await page.waitForSelector('text=用户');
    await page.waitForTimeout(1000);
    await expectText(page, 'Admin', ['用户', '分组', '授权'], ['Users', 'Groups', 'Authorizations', 'Dashboard']);
    await page.screenshot({ path: join(SCREENSHOTS, `32-admin-${suffix}.png`) });
  });
}

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
