// End-to-end test of the public pages (complaint.html, report.html, mailbox.html) in headless
// Chromium. playwright-core drives the system browser (Debian's /usr/bin/chromium); it never
// downloads one. Run by .ci/e2e.sh against a running service:
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/public-pages.spec.mjs
// Prints one line per check and a closing "N passed, M failed"; exits non-zero on any failure.
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
const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1000, height: 900 } });
context.setDefaultTimeout(15_000);

// every request a page makes must go to the service itself: no third-party resources
const foreign = [];
context.on('request', (req) => {
  const url = req.url();
  if (!url.startsWith(BASE_URL) && !url.startsWith('data:')) foreign.push(url);
});

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  try {
    await fn(page);
    if (pageErrors.length) throw new Error('JavaScript errors on the page: ' + pageErrors.join('; '));
    passed++;
    console.log(`ok     ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED ${name}\n       ${String(e?.stack ?? e).split('\n').join('\n       ')}`);
    await page.screenshot({ path: join(SCREENSHOTS, `failed-${passed + failed}.png`), fullPage: true }).catch(() => {});
  } finally {
    await page.close();
  }
}
function expect(condition, message) { if (!condition) throw new Error(message); }
const shot = (page, name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

async function fillComplaint(page, { phone = '13800138000', email = 'zhang@example.com' } = {}) {
  await page.fill('#c-name', '张三');
  await page.fill('#c-id', '110101199003071234');
  await page.fill('#c-phone', phone);
  await page.fill('#c-email', email);
  await page.fill('#c-unit', '朝阳支行');
  await page.fill('#c-staff', '李四');
  await page.selectOption('#c-line', 'INSURANCE');
  await page.selectOption('#c-cat', 'CLAIM_DISPUTE');
  await page.fill('#c-request', '要求全额赔付');
  await page.fill('#c-facts', `理赔申请提交一个月未获答复（端到端测试 ${Date.now()}）`);
  await page.fill('#c-amount', '12000.00');
}

await check('index.html links the three pages, without login', async (page) => {
  const res = await page.goto(`${BASE_URL}/public/index.html`);
  expect(res.status() === 200, `status ${res.status()}`);
  for (const href of ['complaint.html', 'report.html', 'mailbox.html']) {
    expect(await page.locator(`a[href="${href}"]`).count() === 1, `no link to ${href}`);
  }
  expect(await page.locator('meta[name="referrer"][content="no-referrer"]').count() === 1, 'no referrer meta');
  await shot(page, '00-index');
});

await check('complaint.html: a complaint through channel ONLINE gets a case number TS…', async (page) => {
  await page.goto(`${BASE_URL}/public/complaint.html`);
  await fillComplaint(page);
  await shot(page, '01-complaint-form');
  await page.click('#complaint-form button[type="submit"]');
  await page.locator('#complaint-result').waitFor({ state: 'visible' });
  const caseNumber = (await page.textContent('#r-case')).trim();
  expect(/^TS\d+$/.test(caseNumber), `case number "${caseNumber}"`);
  expect((await page.textContent('#r-level')).includes('级'), 'no level');
  expect((await page.textContent('#r-due')).includes('北京时间'), 'no reply deadline');
  console.log(`       case ${caseNumber}, level ${(await page.textContent('#r-level')).trim()}, reply by ${(await page.textContent('#r-due')).trim()}`);
  await shot(page, '02-complaint-created');
});

await check('complaint.html: no phone and no e-mail shows the field error next to the phone', async (page) => {
  await page.goto(`${BASE_URL}/public/complaint.html`);
  await fillComplaint(page, { phone: '', email: '' });
  await page.fill('#c-amount', '-5');
  await page.click('#complaint-form button[type="submit"]');
  const phoneError = page.locator('[data-error-for="complainant.phone"]');
  await phoneError.waitFor({ state: 'visible' });
  expect((await phoneError.textContent()).includes('至少填写一项'), `phone error "${await phoneError.textContent()}"`);
  const amountError = page.locator('[data-error-for="claimedAmount"]');
  expect(await amountError.isVisible(), 'no error next to the claimed amount');
  expect(await page.locator('#complaint-result').isHidden(), 'a result was shown');
  expect(await page.isEnabled('#complaint-form button[type="submit"]'), 'submit button stays disabled after a 400');
  await shot(page, '03-complaint-errors');
});

let receiptCode = null;
await check('report.html: an anonymous report shows the receipt code once, with the warning', async (page) => {
  await page.goto(`${BASE_URL}/public/report.html`);
  expect(await page.locator('#reporter-fields').isHidden(), 'reporter fields visible for an anonymous report');
  await page.fill('#p-name', '王五');
  await page.fill('#p-unit', '信贷部');
  await page.fill('#d-desc', '王五在审批贷款时收受客户好处费。');
  await page.fill('#d-when', '2025-10-01');
  await page.fill('#d-where', '朝阳支行二楼');
  const posts = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/reports')) posts.push(r); });
  // a double click must send one report only
  await page.dblclick('#report-form button[type="submit"]');
  await page.locator('#report-result').waitFor({ state: 'visible' });
  receiptCode = (await page.textContent('#r-code')).trim();
  expect(/^[\d ]{16,}$/.test(receiptCode), `receipt code "${receiptCode}"`);
  expect(/^JB\d+$/.test((await page.textContent('#r-number')).trim()), 'no report number');
  expect((await page.textContent('.warning')).includes('唯一凭证'), 'no warning');
  expect(posts.length === 1, `${posts.length} reports posted`);
  expect(!page.url().includes(receiptCode.replace(/ /g, '')) && !page.url().includes('?'), `URL ${page.url()}`);
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
  expect(stored === 0, 'something was stored in the browser');
  console.log(`       receipt code ${receiptCode.slice(0, 4)}… shown`);
  await shot(page, '04-report-receipt');
});

await check('mailbox.html: the code opens the mailbox; a message is sent and listed', async (page) => {
  expect(receiptCode, 'no receipt code from the report');
  const urls = [];
  const codeHeaders = [];
  page.on('request', (r) => { urls.push(r.url()); if (r.url().includes('/api/reports/mailbox')) codeHeaders.push(r.headers()['x-receipt-code']); });
  await page.goto(`${BASE_URL}/public/mailbox.html`);
  await page.fill('#m-code', receiptCode);
  await page.click('#code-form button[type="submit"]');
  await page.locator('#mailbox').waitFor({ state: 'visible' });
  expect((await page.textContent('#m-status')).trim().length > 0, 'no status');
  await page.fill('#m-body', '补充：好处费通过微信转账，时间为10月1日晚。');
  await page.click('#message-form button[type="submit"]');
  await page.locator('#m-messages li', { hasText: '好处费通过微信转账' }).waitFor({ state: 'visible' });
  const digits = receiptCode.replace(/ /g, '');
  expect(urls.every((u) => !u.replace(/%20|\+/g, '').includes(digits)), 'receipt code in a URL');
  expect(codeHeaders.length >= 3 && codeHeaders.every((h) => h === receiptCode), 'receipt code not sent in X-Receipt-Code');
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
  expect(stored === 0, 'something was stored in the browser');
  await shot(page, '05-mailbox');
});

await check('mailbox.html: a wrong code gets the generic error', async (page) => {
  await page.goto(`${BASE_URL}/public/mailbox.html`);
  await page.fill('#m-code', '1234 5678 9012 3456 7890');
  await page.click('#code-form button[type="submit"]');
  const error = page.locator('#code-form .form-error');
  await error.waitFor({ state: 'visible' });
  expect((await error.textContent()).includes('回执码不正确'), `error "${await error.textContent()}"`);
  expect(await page.locator('#mailbox').isHidden(), 'mailbox shown for a wrong code');
  await shot(page, '06-mailbox-wrong-code');
});

await check('no request left the service (no third-party resources)', async () => {
  expect(foreign.length === 0, `foreign requests: ${foreign.join(', ')}`);
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
