// End-to-end test of the Chinese Camunda webapps in headless Chromium: Tasklist, Cockpit and Admin speak
// Chinese (app/<app>/locales/zh.json, config.js offers only zh) whether the browser asks for zh-CN or
// en-US, show no raw translation key, and give times in the browser's time zone, Asia/Shanghai here.
// Run by .ci/e2e.sh:
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/webapp-locale.spec.mjs
// 30-tasklist-zh.png is the picture in docs/img/tasklist-zh.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

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
  await page.fill('input[ng-model=username]', user);
  await page.fill('input[ng-model=password]', 'demo');
  await button.click();
}

/** The visible text must hold each of `chinese`, none of `english`, and no untranslated KEY_LIKE_THIS. */
async function expectText(page, app, chinese, english) {
  const text = await page.locator('body').innerText();
  for (const s of chinese) expect(text.includes(s), `${app} does not show '${s}'`);
  for (const s of english) expect(!text.includes(s), `${app} still shows '${s}'`);
  const rawKeys = text.match(/\b[A-Z][A-Z0-9]+(_[A-Z0-9]+){2,}\b/g) ?? [];
  expect(rawKeys.length === 0, `${app} shows translation keys: ${rawKeys.join(', ')}`);
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
