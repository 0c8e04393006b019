/*
 * The public pages: complaint intake (channel ONLINE), whistleblowing report and the reporter's
 * mailbox. Plain browser JavaScript, no libraries, nothing stored in the browser: the receipt code
 * lives only in a variable of this script and travels only in the X-Receipt-Code header.
 */
(function () {
  'use strict';

  var FIELD_LABELS = {
    'complainant.name': '姓名', 'complainant.idNumber': '身份证号码', 'complainant.phone': '联系电话',
    'complainant.email': '电子邮箱', 'complainant.address': '通信地址', preferredChannel: '告知方式',
    'respondent.unit': '被投诉单位', 'respondent.staffName': '被投诉工作人员',
    businessLine: '业务类别', category: '投诉原因', request: '投诉请求', facts: '事实与理由',
    claimedAmount: '诉求金额', 'reporter.name': '姓名', 'reporter.phone': '联系电话',
    'reporter.email': '电子邮箱', 'reportedParty.name': '被举报人', 'reportedParty.unit': '所在单位',
    description: '问题描述', occurredAt: '发生时间', location: '发生地点', body: '留言'
  };
  // Server fields that belong next to another input (class-level checks such as "phone or e-mail").
  var FIELD_ALIASES = {
    'complainant.contact': 'complainant.phone', complainant: 'complainant.phone',
    'reporter.phoneOrEmail': 'reporter.phone'
  };
  var MESSAGES = [
    [/phone number, an e-mail address or a postal address/i, '联系电话、电子邮箱和通信地址至少填写一项'],
    [/phone number or an e-mail/i, '联系电话和电子邮箱至少填写一项'],
    [/SMS needs a mobile number/i, '选择短信告知须填写手机号码'],
    [/EMAIL needs an e-mail/i, '选择电子邮件告知须填写电子邮箱'],
    [/LETTER needs a postal address/i, '选择书面告知须填写通信地址'],
    [/must not be blank|must not be null|must not be empty/i, '此项为必填项'],
    [/resident ID/i, '请填写18位居民身份证号码'],
    [/telephone number/i, '请填写正确的电话号码'],
    [/well-formed email/i, '请填写正确的电子邮箱地址'],
    [/size must be between/i, '长度超出限制'],
    [/greater than or equal to/i, '金额不能为负数'],
    [/less than or equal to/i, '金额超出上限'],
    [/numeric value out of bounds/i, '金额最多两位小数'],
    [/future|after today/i, '日期不能晚于今天']
  ];

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  function chinese(message) {
    for (var i = 0; i < MESSAGES.length; i++) {
      if (MESSAGES[i][0].test(message || '')) return MESSAGES[i][1];
    }
    return message || '填写有误';
  }

  function clearErrors(form) {
    $all('.field-error', form).forEach(function (p) { p.textContent = ''; });
    $all('.invalid', form).forEach(function (el) { el.classList.remove('invalid'); el.removeAttribute('aria-invalid'); });
    var general = $('.form-error', form);
    if (general) { general.textContent = ''; general.hidden = true; }
  }

  function showFormError(form, text) {
    var general = $('.form-error', form);
    general.textContent = text;
    general.hidden = false;
  }

  /** Shows each problem's errors[] next to its field; the rest above the button. */
  function showProblem(form, problem) {
    var errors = (problem && problem.errors) || [];
    var unplaced = [];
    errors.forEach(function (err) {
      var field = FIELD_ALIASES[err.field] || err.field;
      var slot = field && form.querySelector('[data-error-for="' + CSS.escape(field) + '"]');
      var text = chinese(err.message);
      if (slot) {
        slot.textContent = slot.textContent ? slot.textContent + '；' + text : text;
        var input = form.querySelector('[name="' + CSS.escape(field) + '"]');
        if (input) { input.classList.add('invalid'); input.setAttribute('aria-invalid', 'true'); }
      } else {
        unplaced.push((FIELD_LABELS[field] ? FIELD_LABELS[field] + '：' : '') + text);
      }
    });
    if (errors.length === 0) unplaced.push('提交的内容有误，请检查后重试。');
    else if (unplaced.length === 0) unplaced.push('请按提示修改标红的项目后重新提交。');
    showFormError(form, unplaced.join(' '));
    var first = form.querySelector('.invalid');
    if (first) first.focus();
  }

  /** Form values as the nested JSON object of the API; empty strings are left out. */
  function formObject(form, skip) {
    var out = {};
    $all('input[name], select[name], textarea[name]', form).forEach(function (el) {
      if (skip && skip(el)) return;
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      var value = el.value.trim();
      if (value === '') return;
      var path = el.name.split('.');
      var target = out;
      for (var i = 0; i < path.length - 1; i++) target = target[path[i]] = target[path[i]] || {};
      target[path[path.length - 1]] = value;
    });
    return out;
  }

  function randomKey() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return 'web-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function request(method, url, body, headers) {
    var h = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) h['Content-Type'] = 'application/json';
    Object.keys(headers || {}).forEach(function (k) { h[k] = headers[k]; });
    return fetch(url, {
      method: method, headers: h, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer'
    }).then(function (res) {
      return res.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { status: res.status, body: json };
      });
    });
  }

  function beijing(iso) {
    if (!iso) return '';
    try {
      return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) + '（北京时间）';
    } catch (e) { return iso; }
  }

  var NETWORK_ERROR = '网络异常，提交未完成，请稍后重试。';

  // ---- 投诉 complaint.html -------------------------------------------------------------------
  function complaintPage() {
    var form = $('#complaint-form');
    var button = $('button[type="submit"]', form);
    var idempotencyKey = randomKey();
    // a changed form is a different complaint: a new key; an unchanged resubmission replays the first
    form.addEventListener('input', function () { idempotencyKey = randomKey(); });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (button.disabled) return;
      clearErrors(form);
      var data = formObject(form);
      data.channel = 'ONLINE';
      data.complainant = data.complainant || {};
      if (data.claimedAmount !== undefined) {
        var amount = data.claimedAmount.replace(/[,，\s]/g, '');
        data.claimedAmount = /^-?\d+(\.\d+)?$/.test(amount) ? Number(amount) : amount;
      }
      button.disabled = true;
      button.textContent = '正在提交…';
      request('POST', '/api/complaints', data, { 'Idempotency-Key': idempotencyKey })
        .then(function (res) {
          if (res.status === 201 && res.body) {
            $('#r-case').textContent = res.body.caseNumber;
            $('#r-level').textContent = res.body.level ? res.body.level + ' 级' : '待定';
            $('#r-due').textContent = beijing(res.body.replyDueBy);
            form.hidden = true;
            $('#complaint-result').hidden = false;
            $('#complaint-result').scrollIntoView();
            return;
          }
          if (res.status === 400) showProblem(form, res.body);
          else showFormError(form, '提交失败（' + res.status + '），请稍后重试。');
          button.disabled = false;
        }, function () { showFormError(form, NETWORK_ERROR); button.disabled = false; })
        .then(function () { button.textContent = '提交投诉'; });
    });
  }

  // ---- 举报 report.html ----------------------------------------------------------------------
  function reportPage() {
    var form = $('#report-form');
    var button = $('button[type="submit"]', form);
    var reporterFields = $('#reporter-fields');
    function anonymous() { return $('input[name="anonymous"]:checked', form).value === 'true'; }
    $all('input[name="anonymous"]', form).forEach(function (radio) {
      radio.addEventListener('change', function () { reporterFields.hidden = anonymous(); });
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (button.disabled) return; // double-submit guard: one report, one receipt code
      clearErrors(form);
      var anon = anonymous();
      var data = formObject(form, function (el) { return anon && el.name.indexOf('reporter.') === 0; });
      data.anonymous = anon;
      if (!anon) data.reporter = data.reporter || {};
      button.disabled = true;
      button.textContent = '正在提交…';
      request('POST', '/api/reports', data)
        .then(function (res) {
          if (res.status === 201 && res.body) {
            // wipe the form so nothing of the report stays on the page, then show the code once
            form.reset();
            form.remove();
            $('#r-number').textContent = res.body.reportNumber;
            $('#r-code').textContent = res.body.receiptCode;
            $('#report-result').hidden = false;
            window.scrollTo(0, 0);
            return;
          }
          if (res.status === 400) showProblem(form, res.body);
          else showFormError(form, '提交失败（' + res.status + '），请稍后重试。');
          button.disabled = false;
          button.textContent = '提交举报';
        }, function () {
          showFormError(form, NETWORK_ERROR);
          button.disabled = false;
          button.textContent = '提交举报';
        });
    });
  }

  // ---- 举报信箱 mailbox.html -----------------------------------------------------------------
  function mailboxPage() {
    var receiptCode = null; // memory only: never in the URL, storage or a cookie
    var codeForm = $('#code-form');
    var codeInput = $('#m-code');
    var box = $('#mailbox');
    var messageForm = $('#message-form');
    var STATUS = {
      RECEIVED: '已收到，待初步评估',
      AWAITING_SUPPLEMENT: '待补充材料（请在信箱中查看补充要求）',
      ADMITTED: '已受理，调查中',
      REFUSED: '不予受理',
      DECIDED: '已作出处理决定',
      CLOSED: '已办结'
    };
    var WRONG_CODE = '无法打开信箱：回执码不正确或已失效。请核对后重试。';

    function render(view) {
      $('#m-status').textContent = STATUS[view.status] || view.status;
      var list = $('#m-messages');
      list.textContent = '';
      (view.messages || []).forEach(function (m) {
        var li = document.createElement('li');
        li.className = m.direction === 'IN' ? 'in' : 'out';
        var meta = document.createElement('div');
        meta.className = 'meta';
        meta.textContent = (m.direction === 'IN' ? '我' : (m.author || '调查人员')) + ' · ' + beijing(m.createdAt);
        var body = document.createElement('div');
        body.className = 'body';
        body.textContent = m.body;
        li.appendChild(meta);
        li.appendChild(body);
        list.appendChild(li);
      });
      $('#m-empty').hidden = (view.messages || []).length > 0;
    }

    function leave(message) {
      receiptCode = null;
      box.hidden = true;
      $('#m-messages').textContent = '';
      $('#m-status').textContent = '';
      codeForm.hidden = false;
      if (message) showFormError(codeForm, message);
      codeInput.focus();
    }

    function load(code, button) {
      if (button) button.disabled = true;
      return request('GET', '/api/reports/mailbox', undefined, { 'X-Receipt-Code': code })
        .then(function (res) {
          if (res.status === 200 && res.body) {
            receiptCode = code;
            render(res.body);
            codeForm.hidden = true;
            box.hidden = false;
          } else if (res.status === 401) {
            leave(WRONG_CODE);
          } else {
            showFormError(box.hidden ? codeForm : messageForm, '暂时无法打开信箱（' + res.status + '），请稍后重试。');
          }
        }, function () { showFormError(box.hidden ? codeForm : messageForm, NETWORK_ERROR); })
        .then(function () { if (button) button.disabled = false; });
    }

    codeForm.addEventListener('submit', function (event) {
      event.preventDefault();
      clearErrors(codeForm);
      var code = codeInput.value.trim();
      codeInput.value = '';
      if (!code) { showFormError(codeForm, '请输入回执码。'); return; }
      load(code, $('button[type="submit"]', codeForm));
    });

    messageForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = $('button[type="submit"]', messageForm);
      if (button.disabled || !receiptCode) return;
      clearErrors(messageForm);
      var text = $('#m-body').value;
      if (!text.trim()) { showProblem(messageForm, { errors: [{ field: 'body', message: 'must not be blank' }] }); return; }
      button.disabled = true;
      request('POST', '/api/reports/mailbox/messages', { body: text }, { 'X-Receipt-Code': receiptCode })
        .then(function (res) {
          if (res.status === 201) {
            $('#m-body').value = '';
            return load(receiptCode);
          }
          if (res.status === 401) leave(WRONG_CODE);
          else if (res.status === 400) showProblem(messageForm, res.body);
          else showFormError(messageForm, '发送失败（' + res.status + '），请稍后重试。');
        }, function () { showFormError(messageForm, NETWORK_ERROR); })
        .then(function () { button.disabled = false; });
    });

    $('#m-refresh').addEventListener('click', function () { if (receiptCode) load(receiptCode, this); });
    $('#m-leave').addEventListener('click', function () { leave(); });
  }

  var page = document.body.getAttribute('data-page');
  if (page === 'complaint') complaintPage();
  else if (page === 'report') reportPage();
  else if (page === 'mailbox') mailboxPage();
})();
