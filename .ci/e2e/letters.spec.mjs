// End-to-end test of letters (书面告知, issue 16) through the real Camunda Tasklist, in headless Chromium:
// a complaint by post with only a postal address is acknowledged by letter; the letter's PDF is queued
// for the front line (the job executor writes it within seconds); the front line opens 寄送书面告知 in
// Tasklist, sees the case and the masked address, downloads the PDF from the form's link, is refused a
// posting date in the future, records the posting (today, tracking number) and completes; the notice
// then carries its proof, the letter list shows the posting and the case the NOTICE_DELIVERED event.
// Run by .ci/e2e.sh:
//   BASE_URL=http://localhost:18080 SCREENSHOTS=target/e2e node .ci/e2e/letters.spec.mjs
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { signIn } from './webapp-login.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/e2e';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// the service's zone (casedesk.*.zone): a posting date is a calendar day there
const ZONE = 'Asia/Shanghai';
const ADDRESS = '上海市浦东新区世纪大道100号 王五 收';
const TRACKING = 'XA12345678901';
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
  // the /api link in the form asks for HTTP Basic (the Tasklist session does not reach /api): the
  // browser's login prompt is answered with the same person's credentials
  const context = await browser.newContext({
    locale: 'zh-CN', timezoneId: ZONE, viewport: { width: 1400, height: 1000 }, acceptDownloads: true,
    httpCredentials: { username: 'frontline', password: 'demo' },
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  try {
    await fn(page);
    passed++;
    console.log(`ok     ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED ${name}\n       ${String(e?.stack ?? e).split('\n').join('\n       ')}`);
    await page.screenshot({ path: join(SCREENSHOTS, `letters-failed-${passed + failed}.png`) }).catch(() => {});
  } finally {
    await context.close();
  }
}

function basic(user) { return 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'); }

async function api(path, user, init = {}) {
  const response = await fetch(BASE_URL + path, {
    ...init, headers: { Authorization: basic(user), ...(init.headers ?? {}) },
  });
  return response;
}

async function json(path, user) {
  const response = await api(path, user);
  const text = await response.text();
  expect(response.status === 200, `GET ${path} as ${user} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

/** Polls until `probe` answers something truthy (async jobs); fails after `timeoutMs`. */
async function poll(what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A calendar day in the service's zone, `days` from today, as yyyy-MM-dd. */
function day(days = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(Date.now() + days * 86_400_000));
}

/** The engine's open tasks of the letter process for this case (admin sees all). */
async function openLetterTasks(caseNumber) {
  const tasks = await json(`/engine-rest/task?processInstanceBusinessKey=${caseNumber}&processDefinitionKey=notice-letter`, 'admin');
  return tasks.filter((t) => t.taskDefinitionKey === 'Task_PostLetter');
}

async function login(page, user) {
  await page.goto(BASE_URL + '/camunda/app/tasklist/default/');
  await signIn(page, user);
  // Tasklist's first page after the login: as slow as the first load on a busy machine
  await page.waitForSelector('text=本组待办', { timeout: 90_000 });
}

/** Opens 本组待办 and the 寄送书面告知 task whose form shows `caseNumber`; claims it when asked. */
async function openLetterTask(page, caseNumber, { claim = false } = {}) {
  await login(page, 'frontline');
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.click('text=本组待办');
    const tasks = page.locator('ol.tasks-list li a', { hasText: '寄送书面告知' });
    await tasks.first().waitFor({ timeout: 5_000 }).catch(() => {});
    const count = await tasks.count();
    for (let i = 0; i < count; i++) {
      await tasks.nth(i).click();
      await page.waitForSelector('text=案件编号 (Case number)');
      const field = page.locator('input[id$="Field_CaseNumber"]');
      await poll('the form\'s case number', async () => (await field.inputValue()) !== '', 10_000);
      if ((await field.inputValue()) === caseNumber) {
        const claimButton = page.locator('button:has-text("认领"), a:has-text("认领")');
        if (claim && await claimButton.count()) {
          await claimButton.first().click();
          // the form stays greyed out (and blocks clicks) until Tasklist has the claim
          await page.locator('.disabled-form').waitFor({ state: 'detached' });
        }
        return;
      }
    }
    await page.reload();
    await page.waitForSelector('text=本组待办');
  }
  throw new Error(`寄送书面告知 of ${caseNumber} is not in 本组待办`);
}

/** Chooses 已寄出 and types the posting date the way a person does: in the date field's own format. */
async function fillPosting(page, isoDate, tracking) {
  await page.locator('label:has-text("已寄出 Posted")').click();
  const date = page.locator('input[id$="Field_PostedOn-date"]');
  await date.waitFor();
  // form-js writes the browser locale's order in the placeholder (zh-CN: yyyy/mm/dd; en-US: mm/dd/yyyy)
  const placeholder = (await date.getAttribute('placeholder')) ?? 'yyyy/mm/dd';
  const [y, m, d] = isoDate.split('-');
  const typed = placeholder.toLowerCase().replace('yyyy', y).replace('mm', m).replace('dd', d);
  await date.fill('');
  await date.pressSequentially(typed);
  await date.press('Enter');
  const shown = await date.inputValue();
  expect(shown.replace(/\D/g, '').length >= 6, `the date field shows '${shown}' after typing '${typed}'`);
  await page.locator('input[id$="Field_TrackingNumber"]').fill(tracking);
}

// 1. A letter complaint with only a postal address (the front line registers it)
const intake = await api('/api/complaints', 'frontline', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'e2e-letter-' + randomUUID() },
  body: JSON.stringify({
    channel: 'LETTER', complainant: { name: '王五', address: ADDRESS },
    respondent: { unit: '浦东支行', staffName: null }, businessLine: 'BANK_CARDS', category: 'FEES_AND_CHARGES',
    request: '退还年费', facts: `信函投诉：信用卡年费未经同意扣收 ${randomUUID()}`, flags: [], jointComplainants: 1,
  }),
});
const intakeText = await intake.text();
if (intake.status !== 201) throw new Error(`POST /api/complaints answered ${intake.status}: ${intakeText}`);
const { caseNumber } = JSON.parse(intakeText);
console.log(`       registered ${caseNumber} (LETTER, address only)`);
let letter;

await check('the acknowledgement letter is queued for the front line with its PDF', async () => {
  letter = await poll(`the acknowledgement letter of ${caseNumber}`, async () =>
    (await json('/api/notices/letters?posted=false', 'frontline'))
      .find((l) => l.caseNumber === caseNumber && l.purpose === 'ACKNOWLEDGEMENT'));
  expect(!letter.recipient.includes('世纪大道100号'), `the list shows the full address: ${letter.recipient}`);
  expect(letter.postedOn === null && letter.trackingNumber === null, `not posted yet: ${JSON.stringify(letter)}`);
  const pdf = await api(`/api/notices/letters/${letter.outboxId}/pdf`, 'frontline');
  expect(pdf.status === 200, `PDF answered ${pdf.status}`);
  expect((pdf.headers.get('content-type') ?? '').startsWith('application/pdf'), `content type ${pdf.headers.get('content-type')}`);
  const bytes = Buffer.from(await pdf.arrayBuffer());
  expect(bytes.subarray(0, 5).toString('latin1') === '%PDF-', `not a PDF: ${bytes.subarray(0, 16).toString('latin1')}`);
  expect(bytes.length > 5_000 && bytes.length < 2_000_000, `PDF of ${bytes.length} bytes`);
});

await check('Tasklist shows 寄送书面告知 with the case, the masked address and a working PDF link', async (page) => {
  expect(letter, 'no letter queued');
  // claimed: Tasklist greys out (and blocks clicks on) the form of a task nobody has claimed
  await openLetterTask(page, caseNumber, { claim: true });
  const recipient = await page.locator('input[id$="Field_LetterRecipient"]').inputValue();
  expect(recipient !== '' && !recipient.includes('世纪大道') && recipient.includes('*'),
    `the form shows the recipient '${recipient}'`);
  const form = await page.locator('.fjs-form').innerText();
  expect(!form.includes('世纪大道') && !form.includes('王五'), 'the full address or the name is on the form');
  expect((await page.locator('input[id$="Field_LetterPurpose"]').inputValue()).includes('ACKNOWLEDGEMENT'), 'purpose');
  const link = page.locator('.fjs-form a', { hasText: '下载告知书' });
  expect(await link.getAttribute('href') === `/api/notices/letters/${letter.outboxId}/pdf`,
    `the form's link is ${await link.getAttribute('href')}`);
  await page.screenshot({ path: join(SCREENSHOTS, '20-letter-task.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = readFileSync(await download.path());
  expect(file.subarray(0, 5).toString('latin1') === '%PDF-', 'the link does not download a PDF');
  expect(download.suggestedFilename().startsWith(caseNumber), `downloaded as ${download.suggestedFilename()}`);
});

await check('a posting date in the future is refused in the form and the task stays open', async (page) => {
  await openLetterTask(page, caseNumber, { claim: true });
  await fillPosting(page, day(3), TRACKING);
  await page.click('button:has-text("完成")');
  const error = page.locator('text=postedOn must not be in the future');
  await error.waitFor();
  expect((await openLetterTasks(caseNumber)).length === 1, 'the task was completed with a date in the future');
  await page.screenshot({ path: join(SCREENSHOTS, 'letters-future-date.png') });
  const notice = (await json(`/api/complaints/${caseNumber}`, 'compliance')).notices.find((n) => n.purpose === 'ACKNOWLEDGEMENT');
  expect(notice.proofAt === null, `proof after a refused completion: ${notice.proofAt}`);
});

await check('the front line records the posting (today, tracking number) and completes', async (page) => {
  await openLetterTask(page, caseNumber, { claim: true });
  await fillPosting(page, day(0), TRACKING.replace(/(\d{4})/, '$1 '));
  await page.click('button:has-text("完成")');
  await page.waitForSelector('text=在列表中选择任务', { timeout: 20_000 });
  expect((await openLetterTasks(caseNumber)).length === 0, 'the task is still open after completing');
});

await check('the notice carries its proof, the letter list the posting, the case NOTICE_DELIVERED', async () => {
  const complaint = await json(`/api/complaints/${caseNumber}`, 'compliance');
  const notice = complaint.notices.find((n) => n.purpose === 'ACKNOWLEDGEMENT');
  expect(notice && notice.channel === 'LETTER', `acknowledgement: ${JSON.stringify(notice)}`);
  expect(notice.proofAt && notice.acceptedAt, `no proof: ${JSON.stringify(notice)}`);
  const proofDay = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(notice.proofAt));
  expect(proofDay === day(0), `proof on ${proofDay}, posted ${day(0)}`);
  const posted = (await json('/api/notices/letters?posted=true', 'frontline')).find((l) => l.outboxId === letter.outboxId);
  expect(posted, `letter ${letter.outboxId} not in ?posted=true`);
  expect(posted.postedOn === day(0), `postedOn ${posted.postedOn}, expected ${day(0)}`);
  expect(posted.trackingNumber === TRACKING, `tracking number ${posted.trackingNumber} (typed with a space)`);
  const unposted = await json('/api/notices/letters?posted=false', 'frontline');
  expect(!unposted.some((l) => l.outboxId === letter.outboxId), 'the letter is still listed as not posted');
  const delivered = complaint.events.filter((e) => e.type === 'NOTICE_DELIVERED');
  expect(delivered.length === 1, `NOTICE_DELIVERED events: ${JSON.stringify(delivered)}`);
  expect(delivered[0].detail.includes(day(0)) && delivered[0].detail.includes(TRACKING), `event: ${delivered[0].detail}`);
  expect(!JSON.stringify(complaint.events).includes('世纪大道'), 'the address is in the case events');
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
