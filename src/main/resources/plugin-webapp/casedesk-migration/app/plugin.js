// 版本迁移: moving running cases to another version of a process, for its owners (Cockpit Community
// Edition has no migration screen). An ES module loaded by Cockpit from
// /camunda/api/cockpit/plugin/casedesk-migration/static/app/plugin.js; its data comes from
// /camunda/api/cockpit/plugin/casedesk-migration/{engine}/... (migration/cockpit/MigrationResource), the same
// service and rules as /api/processes/{key}/migrations. The engine itself refuses any other plan
// (process/MigrationGuard). Plain DOM: no framework, no third-party resource.

const PLUGIN_ID = 'casedesk-migration';
const ROUTE = '/casedesk-migration';

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function client(api) {
  const base = `${api.cockpitApi}/plugin/${PLUGIN_ID}/${api.engine}`;
  return async (path, body) => {
    const response = await fetch(`${base}/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken ?? '' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error(data?.message ?? `HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return data;
  };
}

function versionTable(versions) {
  const rows = versions.map((v) => `<tr><td>版本 ${v.version}</td><td>${esc(v.versionTag ?? '')}</td>`
    + `<td class="cdmg-n">${v.instances}</td><td>${v.running.slice(0, 5).map((i) => `<code>${esc(i.id.slice(0, 8))}</code> ${esc(i.activities.join(', '))}`).join('<br>')}</td></tr>`);
  return '<table class="table table-condensed cdmg-versions"><thead><tr><th>版本</th><th>版本标签</th><th class="cdmg-n">运行中实例</th>'
    + `<th>实例（前 5 个）与当前环节</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function options(versions, selected) {
  return versions.map((v) => `<option value="${v.version}" ${v.version === selected ? 'selected' : ''}>版本 ${v.version}${v.versionTag ? ` (${esc(v.versionTag)})` : ''} · ${v.instances} 个实例</option>`).join('');
}

function planTable(plan) {
  const rows = plan.instructions.map((i) => `<tr><td><code>${esc(i.sourceActivityId)}</code></td><td>→</td><td><code>${esc(i.targetActivityId)}</code></td></tr>`);
  return `<p>迁移方案：${plan.instructions.length} 个环节按相同 ID 对应（版本 ${plan.sourceVersion} → 版本 ${plan.targetVersion}）。</p>`
    + `<table class="table table-condensed cdmg-plan"><thead><tr><th>原环节</th><th></th><th>新环节</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function validationView(v) {
  if (v.planProblems.length) {
    return `<div class="cdmg-refused"><strong>方案不可执行：</strong><ul>${v.planProblems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul></div>`;
  }
  const movable = v.instances.filter((i) => i.canMove).length;
  const rows = v.instances.map((i) => `<tr class="${i.canMove ? 'cdmg-ok' : 'cdmg-blocked'}"><td><code>${esc(i.id)}</code></td>`
    + `<td>${i.canMove ? '可迁移' : '不可迁移'}</td><td>${esc(i.reasons.join('; '))}</td></tr>`);
  return `<p class="cdmg-summary">校验结果：${movable} / ${v.instances.length} 个实例可以迁移。</p>`
    + `<table class="table table-condensed cdmg-check"><thead><tr><th>实例</th><th>结果</th><th>原因</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function progressView(p) {
  const percent = p.total ? Math.round((p.completed / p.total) * 100) : 100;
  return `<div class="cdmg-progress"><div class="cdmg-bar" style="width:${p.done ? 100 : percent}%"></div></div>`
    + `<p class="cdmg-status">${p.done ? '迁移完成' : '迁移进行中'}：批处理 <code>${esc(p.batchId)}</code>，作业 ${p.completed} / ${p.total}${p.failed ? `，失败 ${p.failed}` : ''}</p>`;
}

async function render(node, api) {
  const call = client(api);
  node.classList.add('cdmg');
  node.innerHTML = '<h2>版本迁移</h2><p class="cdmg-empty">加载中…</p>';
  let processes;
  try {
    processes = await call('processes');
  } catch (e) {
    node.innerHTML = `<h2>版本迁移</h2><p class="cdmg-empty">版本迁移暂时无法加载（${esc(e.message)}）。</p>`;
    return;
  }
  if (!processes.length) {
    node.innerHTML = '<h2>版本迁移</h2><p class="cdmg-empty">版本迁移仅供流程负责人迁移其负责流程的运行中案件。</p>';
    return;
  }
  node.innerHTML = '<h2>版本迁移</h2><p class="cdmg-hint">只允许由系统生成或校验过的方案：每个环节迁移到新版本中相同 ID 的环节，不得跳过审批或四眼环节。</p>'
    + `<label>流程 <select class="cdmg-process">${processes.map((p) => `<option>${esc(p)}</option>`).join('')}</select></label>`
    + '<section class="cdmg-versions-box"></section>'
    + '<div class="cdmg-controls"><label>从 <select class="cdmg-source"></select></label> <label>迁移到 <select class="cdmg-target"></select></label> '
    + '<button type="button" class="btn btn-default btn-sm cdmg-propose">生成迁移方案</button> '
    + '<button type="button" class="btn btn-default btn-sm cdmg-validate" disabled>校验</button> '
    + '<button type="button" class="btn btn-primary btn-sm cdmg-run" disabled>执行迁移</button></div>'
    + '<section class="cdmg-plan-box"></section><section class="cdmg-check-box"></section><section class="cdmg-run-box"></section>';
  const $ = (css) => node.querySelector(css);
  let plan = null;
  const versionsOf = async () => {
    const key = $('.cdmg-process').value;
    const versions = await call(`processes/${encodeURIComponent(key)}/versions`);
    $('.cdmg-versions-box').innerHTML = versionTable(versions);
    const latest = versions.length ? versions[versions.length - 1].version : 0;
    const older = versions.filter((v) => v.version !== latest && v.instances > 0);
    $('.cdmg-source').innerHTML = options(versions, older.length ? older[older.length - 1].version : latest);
    $('.cdmg-target').innerHTML = options(versions, latest);
    plan = null;
    $('.cdmg-validate').disabled = true;
    $('.cdmg-run').disabled = true;
    ['.cdmg-plan-box', '.cdmg-check-box', '.cdmg-run-box'].forEach((css) => { $(css).innerHTML = ''; });
  };
  const request = () => ({ sourceVersion: Number($('.cdmg-source').value), targetVersion: Number($('.cdmg-target').value),
    instructions: plan ? plan.instructions : [] });
  const guarded = (work) => async () => {
    try {
      await work();
    } catch (e) {
      $('.cdmg-check-box').innerHTML = `<div class="cdmg-refused"><strong>被拒绝：</strong>${esc(e.message)}</div>`;
    }
  };
  $('.cdmg-process').addEventListener('change', guarded(versionsOf));
  $('.cdmg-propose').addEventListener('click', guarded(async () => {
    plan = await call(`processes/${encodeURIComponent($('.cdmg-process').value)}/plan`, request());
    $('.cdmg-plan-box').innerHTML = planTable(plan);
    $('.cdmg-check-box').innerHTML = '';
    $('.cdmg-validate').disabled = false;
    $('.cdmg-run').disabled = true;
  }));
  $('.cdmg-validate').addEventListener('click', guarded(async () => {
    const v = await call(`processes/${encodeURIComponent($('.cdmg-process').value)}/validation`, request());
    $('.cdmg-check-box').innerHTML = validationView(v);
    $('.cdmg-run').disabled = !v.instances.some((i) => i.canMove) || v.planProblems.length > 0;
  }));
  $('.cdmg-run').addEventListener('click', guarded(async () => {
    $('.cdmg-run').disabled = true;
    const started = await call(`processes/${encodeURIComponent($('.cdmg-process').value)}/migrations`, request());
    const poll = async () => {
      const p = await call(`migrations/${encodeURIComponent(started.batchId)}`);
      $('.cdmg-run-box').innerHTML = progressView(p);
      if (p.done) {
        const keep = $('.cdmg-run-box').innerHTML;
        await versionsOf();
        $('.cdmg-run-box').innerHTML = keep;
      } else {
        setTimeout(guarded(poll), 1000);
      }
    };
    await poll();
  }));
  await guarded(versionsOf)();
}

export default [
  {
    id: 'casedesk-migration-route',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE },
    render: (node, { api }) => { render(node, api); },
  },
  {
    id: 'casedesk-migration-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 4,
    properties: { path: ROUTE },
    render: (node) => { node.innerHTML = `<a href="#${ROUTE}">版本迁移</a>`; },
  },
];
