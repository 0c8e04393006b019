// 我的案件 / 本组案件: a case worker's complaints inside Camunda Tasklist (workers may have no Cockpit). An ES
// module, loaded by Tasklist from /camunda/api/tasklist/plugin/casedesk-cases/static/app/plugin.js; a button in
// Tasklist's header (plugin point tasklist.navbar.action) opens a panel whose data comes from
// /camunda/api/tasklist/plugin/casedesk-cases/{engine}/cases (complaint/search/tasklist/CaseListResource) under the
// Tasklist session — the same search, need-to-know and audit as GET /api/complaints. Plain DOM: no framework,
// no third-party resource. Times arrive formatted in the service's zone (Asia/Shanghai).

const PLUGIN_ID = 'casedesk-cases';
const PAGE_SIZE = 15;
const SCOPES = [['mine', '我的案件'], ['group', '本组案件']];
const STATUSES = [['', '全部状态'], ['RECEIVED,IN_HANDLING,DECIDED,FEEDBACK_SENT', '在办'], ['RECEIVED', '已登记'],
  ['IN_HANDLING', '处理中'], ['DECIDED', '已决定'], ['FEEDBACK_SENT', '已告知'], ['CLOSED', '已结案'],
  ['WITHDRAWN', '已撤回']];
const LEVELS = [['', '全部等级'], ['1', '一级'], ['2', '二级'], ['3', '三级']];
const FIELD_LABELS = { q: '查询内容', status: '状态', level: '等级', overdue: '逾期', scope: '范围', page: '页码', size: '每页条数' };

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function options(list, selected) {
  return list.map(([v, l]) => `<option value="${esc(v)}"${v === selected ? ' selected' : ''}>${esc(l)}</option>`).join('');
}

function panelHtml() {
  return '<div class="cdc-dialog" role="dialog" aria-modal="true" aria-labelledby="cdc-title">'
    + '<div class="cdc-head"><h3 id="cdc-title">案件查询</h3>'
    + '<button type="button" class="close cdc-close" aria-label="关闭">&times;</button></div>'
    + '<ul class="nav nav-tabs cdc-tabs">'
    + SCOPES.map(([v, l]) => `<li data-scope="${v}"><a href="" data-scope="${v}">${l}</a></li>`).join('')
    + '</ul>'
    + '<form class="form-inline cdc-filters" autocomplete="off">'
    + '<input type="search" class="form-control input-sm cdc-q" name="q" maxlength="100"'
    + ' placeholder="投诉编号、手机号，或投诉人姓名、被投诉单位的一部分" aria-label="查询内容">'
    + `<select class="form-control input-sm cdc-status" name="status" aria-label="状态">${options(STATUSES, '')}</select>`
    + `<select class="form-control input-sm cdc-level" name="level" aria-label="等级">${options(LEVELS, '')}</select>`
    + '<label class="cdc-overdue-label"><input type="checkbox" class="cdc-overdue" name="overdue"> 仅看逾期</label>'
    + '<button type="submit" class="btn btn-primary btn-sm cdc-search">查询</button>'
    + '</form>'
    + '<div class="cdc-message" role="status"></div>'
    + '<div class="cdc-result"></div>'
    + '<div class="cdc-pager"><button type="button" class="btn btn-default btn-sm cdc-prev">上一页</button>'
    + '<span class="cdc-pageinfo"></span>'
    + '<button type="button" class="btn btn-default btn-sm cdc-next">下一页</button></div>'
    + '</div>';
}

function table(rows) {
  if (!rows.length) return '<p class="cdc-empty">没有符合条件的案件。</p>';
  const body = rows.map((r) => `<tr class="cdc-row${r.overdue ? ' cdc-row-overdue' : ''}">`
    + `<td class="cdc-case">${esc(r.caseNumber)}</td><td>${esc(r.levelLabel ?? '未定级')}</td>`
    + `<td>${esc(r.categoryLabel)}</td><td>${esc(r.statusLabel)}</td><td>${esc(r.replyDueBy ?? '')}</td>`
    + `<td>${r.overdue ? '<span class="cdc-badge">已逾期</span>' : ''}</td>`
    + `<td>${r.taskId ? `<a href="#/?task=${encodeURIComponent(r.taskId)}" class="cdc-task">打开任务</a>` : ''}</td></tr>`);
  return '<table class="table table-condensed cdc-table"><thead><tr><th>投诉编号</th><th>等级</th><th>投诉类别</th>'
    + '<th>状态</th><th>答复期限</th><th>逾期</th><th>待办</th></tr></thead>'
    + `<tbody>${body.join('')}</tbody></table>`;
}

function problemText(body) {
  const fields = (body?.errors ?? []).map((e) => FIELD_LABELS[e.field] ?? e.field);
  if (body?.errors?.some((e) => e.field === 'q' && /2 characters/.test(e.message))) {
    return '姓名或单位请至少输入 2 个字。';
  }
  return fields.length ? `请检查：${fields.join('、')}。` : '查询条件有误。';
}

class CaseListPanel {
  constructor(api) {
    this.api = api;
    this.state = { scope: 'mine', page: 0 };
    this.root = document.createElement('div');
    this.root.className = 'cdc-overlay';
    this.root.innerHTML = panelHtml();
    this.$ = (selector) => this.root.querySelector(selector);
    this.root.addEventListener('click', (e) => { if (e.target === this.root) this.close(); });
    this.root.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.close(); });
    this.$('.cdc-close').addEventListener('click', () => this.close());
    // a task link changes Tasklist's own route (#/?task=…): the task opens behind the panel, which goes
    this.$('.cdc-result').addEventListener('click', (e) => { if (e.target.closest('a.cdc-task')) this.close(); });
    this.root.querySelectorAll('.cdc-tabs a').forEach((a) => a.addEventListener('click', (e) => {
      e.preventDefault();
      this.state = { scope: a.dataset.scope, page: 0 };
      this.load();
    }));
    this.$('.cdc-filters').addEventListener('submit', (e) => {
      e.preventDefault();
      this.state.page = 0;
      this.load();
    });
    this.$('.cdc-prev').addEventListener('click', () => { this.state.page -= 1; this.load(); });
    this.$('.cdc-next').addEventListener('click', () => { this.state.page += 1; this.load(); });
  }

  open() {
    if (!this.root.isConnected) document.body.appendChild(this.root);
    this.$('.cdc-q').focus();
    this.load();
  }

  close() {
    this.root.remove();
  }

  url() {
    const params = new URLSearchParams({ scope: this.state.scope, page: String(this.state.page), size: String(PAGE_SIZE) });
    const q = this.$('.cdc-q').value.trim();
    if (q) params.set('q', q);
    if (this.$('.cdc-status').value) params.set('status', this.$('.cdc-status').value);
    if (this.$('.cdc-level').value) params.set('level', this.$('.cdc-level').value);
    if (this.$('.cdc-overdue').checked) params.set('overdue', 'true');
    return `${this.api.tasklistApi}/plugin/${PLUGIN_ID}/${this.api.engine}/cases?${params}`;
  }

  async load() {
    this.root.querySelectorAll('.cdc-tabs li').forEach((li) => li.classList.toggle('active', li.dataset.scope === this.state.scope));
    const message = this.$('.cdc-message');
    message.textContent = '加载中…';
    // only the latest request may paint: a tab clicked and a search submitted right after must not show the tab's rows
    this.requests = (this.requests ?? 0) + 1;
    const request = this.requests;
    try {
      const response = await fetch(this.url(), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': this.api.CSRFToken ?? '' },
      });
      const body = response.status === 204 ? null : await response.json().catch(() => null);
      if (request !== this.requests) return;
      if (response.status === 400) {
        this.$('.cdc-result').innerHTML = '';
        message.textContent = problemText(body);
        return;
      }
      if (response.status === 401 || response.status === 403) {
        message.textContent = '登录已失效，请重新登录 Tasklist。';
        return;
      }
      if (!response.ok || !body) throw new Error(`HTTP ${response.status}`);
      const page = body;
      // past the count's cap (totalExact false) the pages go on while they are full
      const pages = Math.max(1, Math.ceil(page.total / page.size));
      message.textContent = '';
      this.$('.cdc-result').innerHTML = table(page.items);
      this.$('.cdc-pageinfo').textContent = page.totalExact === false
        ? `第 ${page.page + 1} 页，共 ${page.total} 件以上（时间为北京时间）`
        : `第 ${page.page + 1} / ${pages} 页，共 ${page.total} 件（时间为北京时间）`;
      this.$('.cdc-prev').disabled = page.page <= 0;
      this.$('.cdc-next').disabled = page.totalExact === false ? page.items.length < page.size : page.page + 1 >= pages;
    } catch (e) {
      if (request !== this.requests) return;
      message.textContent = `案件列表暂时无法加载（${e.message}）。`;
    }
  }
}

export default {
  id: 'casedesk-cases-action',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: (node, { api }) => {
    const panel = new CaseListPanel(api);
    node.innerHTML = '<a href="" class="cdc-open" title="我的案件 / 本组案件"><span class="glyphicon glyphicon-briefcase"></span> 我的案件</a>';
    node.querySelector('.cdc-open').addEventListener('click', (e) => {
      e.preventDefault();
      panel.open();
    });
  },
};
