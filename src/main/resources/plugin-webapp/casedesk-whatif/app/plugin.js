// 模型推演 (What-if): a process owner uploads changed models (.bpmn/.dmn/.form as Modeler saved them), starts a
// what-if run of a simulated year against them, and reads the report when it is done. An ES module, loaded by
// Cockpit from /camunda/api/cockpit/plugin/casedesk-whatif/static/app/plugin.js; data from
// /camunda/api/cockpit/plugin/casedesk-whatif/{engine}/runs (whatif/cockpit/WhatIfResource), authenticated by
// the Cockpit session. Plain DOM: no framework, no third-party resource.

const PLUGIN_ID = 'casedesk-whatif';
const ROUTE = '/casedesk-whatif';
const STATUS = { QUEUED: '排队中 Queued', RUNNING: '运行中 Running', DONE: '完成 Done', FAILED: '失败 Failed' };
const REFRESH_MS = 5000;

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function base(api) {
  return `${api.cockpitApi}/plugin/${PLUGIN_ID}/${api.engine}`;
}

async function call(api, path, body) {
  const response = await fetch(`${base(api)}/${path}`, {
    method: body ? 'POST' : 'GET',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken ?? '' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (!response.ok) {
    const error = new Error(data?.message ?? `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return data;
}

// the file's bytes as base64, so the service hashes exactly what Modeler saved
async function encoded(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return { name: file.name, content: btoa(binary) };
}

function form() {
  const year = new Date().getFullYear();
  return '<form class="cdwi-form" id="cdwi-form">'
    + '<label for="cdwi-candidate">候选模型文件 Candidate files <span class="cdwi-hint">.bpmn / .dmn / .form，可多选，最多 20 个</span></label>'
    + '<input type="file" id="cdwi-candidate" name="candidate" multiple accept=".bpmn,.dmn,.form" required>'
    + '<div class="cdwi-row">'
    + `<div><label for="cdwi-year">年份 Year</label><input type="number" id="cdwi-year" name="year" min="2000" max="2100" value="${year}"></div>`
    + '<div><label for="cdwi-cases">案件数 Cases <span class="cdwi-hint">1–50,000</span></label>'
    + '<input type="number" id="cdwi-cases" name="cases" min="1" max="50000" value="1000"></div>'
    + '<div><label for="cdwi-seeds">随机种子数 Seeds <span class="cdwi-hint">1–5</span></label>'
    + '<input type="number" id="cdwi-seeds" name="seeds" min="1" max="5" value="1"></div>'
    + '</div>'
    + '<div class="cdwi-row">'
    + '<div><label for="cdwi-staffing">人员配置 Staffing <span class="cdwi-hint">YAML，可选 optional</span></label>'
    + '<input type="file" id="cdwi-staffing" name="staffing" accept=".yaml,.yml"></div>'
    + '<div><label for="cdwi-arrivals">历史来件 Arrivals <span class="cdwi-hint">CSV，可选 optional</span></label>'
    + '<input type="file" id="cdwi-arrivals" name="arrivals" accept=".csv"></div>'
    + '</div>'
    + '<p><button type="submit" class="btn btn-primary" id="cdwi-start">开始推演 Start what-if</button></p>'
    + '<div class="cdwi-error" id="cdwi-error"></div>'
    + '</form>';
}

function runRow(api, run) {
  const files = (run.candidates ?? []).map((f) => `${esc(f.name)} <span class="cdwi-sha" title="SHA-256 ${esc(f.sha256)}">`
    + `${esc(f.sha256.slice(0, 12))}</span>`).join('<br>');
  const report = run.status === 'DONE'
    ? `<a href="${esc(`${base(api)}/runs/${encodeURIComponent(run.id)}/report.html`)}" target="_blank" rel="noopener">报告 Report</a>`
      + ` · <a href="${esc(`${base(api)}/runs/${encodeURIComponent(run.id)}/report.json`)}" download>JSON</a>`
    : '';
  const message = run.message ? `<div class="cdwi-message">${esc(run.message)}</div>` : '';
  return `<tr data-run="${esc(run.id)}"><td>${esc(run.requestedAt)}</td><td>${esc(run.requestedBy)}</td><td>${files}</td>`
    + `<td>${run.year} / ${run.cases} / ${run.seeds}</td>`
    + `<td><span class="cdwi-status cdwi-status-${esc(run.status)}">${esc(STATUS[run.status] ?? run.status)}</span>${message}</td>`
    + `<td>${esc(run.endedAt ?? '')}</td><td>${report}</td></tr>`;
}

function runsTable(api, runs) {
  if (!runs.length) return '<p class="cdwi-empty">还没有推演记录 (no what-if runs yet).</p>';
  return '<table class="table table-condensed cdwi-table"><thead><tr><th>提交时间 Requested</th><th>提交人 By</th>'
    + '<th>文件 Files (SHA-256)</th><th>年份/案件/种子 Year/cases/seeds</th><th>状态 Status</th><th>结束 Ended</th>'
    + `<th>报告 Report</th></tr></thead><tbody>${runs.map((r) => runRow(api, r)).join('')}</tbody></table>`;
}

async function refresh(node, api) {
  const list = node.querySelector('#cdwi-runs');
  if (!list || !node.isConnected) return;
  try {
    const runs = await call(api, 'runs');
    list.innerHTML = runsTable(api, runs);
    if (runs.some((r) => r.status === 'QUEUED' || r.status === 'RUNNING')) {
      clearTimeout(node.cdwiTimer);
      node.cdwiTimer = setTimeout(() => refresh(node, api), REFRESH_MS);
    }
  } catch (e) {
    list.innerHTML = `<p class="cdwi-empty">${e.status === 403 ? '模型推演仅供流程负责人和管理员使用 (process owners and administrators only).'
      : `推演记录暂时无法加载 (${esc(e.message)})`}</p>`;
  }
}

async function submit(node, api, event) {
  event.preventDefault();
  const error = node.querySelector('#cdwi-error');
  const button = node.querySelector('#cdwi-start');
  error.textContent = '';
  const files = [...node.querySelector('#cdwi-candidate').files];
  if (!files.length) {
    error.textContent = '请选择至少一个模型文件 (choose at least one model file).';
    return;
  }
  button.disabled = true;
  try {
    const staffing = node.querySelector('#cdwi-staffing').files[0];
    const arrivals = node.querySelector('#cdwi-arrivals').files[0];
    await call(api, 'runs', {
      candidates: await Promise.all(files.map(encoded)),
      staffing: staffing ? await encoded(staffing) : null,
      arrivals: arrivals ? await encoded(arrivals) : null,
      year: node.querySelector('#cdwi-year').value,
      cases: node.querySelector('#cdwi-cases').value,
      seeds: node.querySelector('#cdwi-seeds').value,
      // one click, one run: a retried request answers the run it started
      idempotencyKey: `cockpit-${crypto.randomUUID()}`,
    });
    node.querySelector('#cdwi-form').reset();
    await refresh(node, api);
  } catch (e) {
    error.textContent = `未能开始推演 (not started): ${e.message}`;
  } finally {
    button.disabled = false;
  }
}

function load(node, api) {
  node.classList.add('cdwi');
  node.innerHTML = '<h2>模型推演 What-if</h2>'
    + '<p>上传修改后的模型，在部署前用模拟的一年案件检验它的效果；每次一个推演，在独立的进程中运行。'
    + ' (Upload changed models and see how a simulated year of cases would go before you deploy them.)</p>'
    + `<section><h3>新推演 New run</h3>${form()}</section>`
    + '<section><h3>推演记录 Runs (最新在前 newest first)</h3><div id="cdwi-runs"><p class="cdwi-empty">加载中…</p></div></section>';
  node.querySelector('#cdwi-form').addEventListener('submit', (event) => submit(node, api, event));
  refresh(node, api);
}

export default [
  {
    id: 'casedesk-whatif-route',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE },
    render: (node, { api }) => { load(node, api); },
  },
  {
    id: 'casedesk-whatif-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 3,
    properties: { path: ROUTE },
    render: (node) => { node.innerHTML = `<a href="#${ROUTE}">模型推演</a>`; },
  },
];
