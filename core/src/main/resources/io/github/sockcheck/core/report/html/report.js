// sockcheck HTML report: filter and sort. The page is complete without this script; it only adds the
// toolbar. No network access, no eval, no innerHTML: report text is only ever read, never parsed.
(function () {
  'use strict';
  var root = document.getElementById('sockcheck-report');
  if (!root) return;
  root.classList.add('sc-js');
  var form = root.querySelector('.sc-filters');
  var groups = root.querySelector('.sc-groups');
  var status = root.querySelector('.sc-status');
  var all = Array.prototype.slice.call(root.querySelectorAll('.sc-finding'));
  if (!form || !all.length) return;
  form.hidden = false;

  var main = groups ? Array.prototype.slice.call(groups.querySelectorAll('.sc-finding')) : [];
  var home = main.map(function (f) { return f.parentNode; });
  var flat = document.createElement('div');
  flat.className = 'sc-flat';
  flat.hidden = true;
  if (groups) groups.parentNode.insertBefore(flat, groups.nextSibling);
  var rank = { error: 0, warning: 1, note: 2 };

  function byLocation(a, b) {
    return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
  }
  var orders = {
    file: byLocation,
    level: function (a, b) {
      return (rank[a.getAttribute('data-level')] - rank[b.getAttribute('data-level')]) || byLocation(a, b);
    },
    rule: function (a, b) {
      var x = a.getAttribute('data-rule');
      var y = b.getAttribute('data-rule');
      return (x < y ? -1 : x > y ? 1 : 0) || byLocation(a, b);
    }
  };

  function searchable(f) {
    var parts = [f.getAttribute('data-rule'), f.getAttribute('data-file')];
    var msg = f.querySelector('.sc-message');
    var title = f.querySelector('.sc-rule-title');
    if (msg) parts.push(msg.textContent);
    if (title) parts.push(title.textContent);
    return parts.join('\n').toLowerCase();
  }
  var texts = all.map(searchable);

  function sort(mode) {
    if (!groups) return;
    if (mode === 'file' || !orders[mode]) {
      main.forEach(function (f, i) { home[i].appendChild(f); });
      flat.hidden = true;
      groups.hidden = false;
      return;
    }
    main.slice().sort(orders[mode]).forEach(function (f) { flat.appendChild(f); });
    groups.hidden = true;
    flat.hidden = false;
  }

  function apply() {
    var levels = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="level"]'), function (box) {
      levels[box.value] = box.checked;
    });
    var rule = form.elements.rule.value;
    var file = form.elements.file.value;
    var query = form.elements.q.value.trim().toLowerCase();
    var shown = 0;
    all.forEach(function (f, i) {
      var visible = levels[f.getAttribute('data-level')] !== false
          && (!rule || f.getAttribute('data-rule') === rule)
          && (!file || f.getAttribute('data-file') === file)
          && (!query || texts[i].indexOf(query) >= 0);
      f.hidden = !visible;
      if (visible) shown++;
    });
    Array.prototype.forEach.call(root.querySelectorAll('.sc-file, .sc-listing'), function (section) {
      var empty = !section.querySelector('.sc-finding:not([hidden])');
      section.classList.toggle('sc-empty', empty);
    });
    Array.prototype.forEach.call(root.querySelectorAll('.sc-file'), function (section) {
      section.hidden = !section.querySelector('.sc-finding:not([hidden])');
    });
    sort(form.elements.sort.value);
    if (status) {
      status.textContent = shown === all.length
          ? 'Showing all ' + all.length + (all.length === 1 ? ' finding.' : ' findings.')
          : 'Showing ' + shown + ' of ' + all.length + ' findings.';
    }
  }

  // The view lives in the address (#view?level=error&rule=...), so a filtered page can be bookmarked
  // or linked; plain anchors (#sc-f-3) are left alone.
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="level"]'));
  var fields = ['rule', 'file', 'q', 'sort'];
  function readView() {
    if (location.hash.indexOf('#view?') !== 0) return;
    var params = new URLSearchParams(location.hash.slice(6));
    if (params.has('level')) {
      var wanted = params.get('level').split(',');
      boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
    }
    fields.forEach(function (name) {
      if (params.has(name)) form.elements[name].value = params.get(name);
    });
  }
  function writeView() {
    var params = new URLSearchParams();
    var levels = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    if (levels.length !== boxes.length) params.set('level', levels.join(','));
    fields.forEach(function (name) {
      var value = form.elements[name].value;
      if (value && !(name === 'sort' && value === 'file')) params.set(name, value);
    });
    var query = params.toString();
    if (query) history.replaceState(null, '', '#view?' + query);
    else if (location.hash.indexOf('#view?') === 0) history.replaceState(null, '', location.pathname + location.search);
  }
  function update() {
    apply();
    writeView();
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(update, 0); });
  window.addEventListener('hashchange', function () {
    if (location.hash.indexOf('#view?') === 0) {
      readView();
      apply();
    }
  });

  // Summary links narrow the list instead of only jumping to it.
  Array.prototype.forEach.call(root.querySelectorAll('[data-show-level]'), function (link) {
    link.addEventListener('click', function () {
      var wanted = link.getAttribute('data-show-level');
      Array.prototype.forEach.call(form.querySelectorAll('input[name="level"]'), function (box) {
        box.checked = box.value === wanted;
      });
      apply();
    });
  });
  Array.prototype.forEach.call(root.querySelectorAll('[data-show-file]'), function (link) {
    link.addEventListener('click', function () {
      form.elements.file.value = link.getAttribute('data-show-file');
      form.elements.sort.value = 'file';
      apply();
    });
  });
  Array.prototype.forEach.call(root.querySelectorAll('[data-show-rule]'), function (link) {
    link.addEventListener('click', function () {
      form.elements.rule.value = link.getAttribute('data-show-rule');
      apply();
    });
  });
  readView();
  apply();
})();
