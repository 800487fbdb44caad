// The dashboard page: reads the filters from the URL, fetches the JSON API and fills tables and charts, again every
// few seconds. Numbers are shown as `ingest report` prints them (money and rates with two decimals).
'use strict';

const FILTERS = ['from', 'to', 'category', 'limit'];
// Which page filters each report takes (as `ingest report` does); limit on the page is the top-N of products.
const REPORTS = {
  summary: ['from', 'to', 'category'],
  hourly: ['from', 'to'],
  funnel: ['from', 'to', 'category'],
  'top-products': ['from', 'to', 'category', 'limit'],
  recent: ['from', 'to', 'category'],
};
const TYPE_COLOURS = { view: '#4e79a7', add_to_cart: '#f28e2b', purchase: '#59a14f' };
const charts = {};
let refreshing = false;

function pageParams() {
  return new URLSearchParams(window.location.search);
}

function apiUrl(endpoint, names) {
  const page = pageParams();
  const query = new URLSearchParams();
  for (const name of names) {
    if (page.get(name)) query.set(name, page.get(name));
  }
  const text = query.toString();
  return '/api/' + endpoint + (text ? '?' + text : '');
}

async function fetchJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(url + ': HTTP ' + response.status);
  }
  if (!response.ok) {
    const error = new Error(body.error || ('HTTP ' + response.status));
    error.status = response.status;
    throw error;
  }
  return body;
}

const money = value => (value === null || value === undefined ? '' : Number(value).toFixed(2));
const count = value => (value === null || value === undefined ? '' : String(value));
const seconds = value => (value === null || value === undefined ? '' : Number(value).toFixed(3));
// To the second, as `report` prints times: the health's instants carry microseconds.
const time = value => (value ? value.replace('T', ' ').replace('Z', '').substring(0, 19) : '');
// Every time the API gives is UTC, with a Z or (the reports') without.
const utcMillis = value => Date.parse(time(value).replace(' ', 'T') + 'Z');

function fillTable(id, rows, columns) {
  const body = document.querySelector('#' + id + ' tbody');
  body.replaceChildren(...rows.map(row => {
    const tr = document.createElement('tr');
    for (const [key, format, numeric] of columns) {
      const td = document.createElement('td');
      td.textContent = format(row[key], row);
      if (numeric) td.className = 'number';
      tr.appendChild(td);
    }
    return tr;
  }));
}

function drawChart(id, config) {
  if (charts[id]) {
    charts[id].data = config.data;
    if (config.options.elements) charts[id].options.elements = config.options.elements;
    charts[id].update('none');
    return;
  }
  config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
  charts[id] = new Chart(document.getElementById(id), config);
}

// The table of a chart's numbers (for screen readers, copying and tests): `<name>-table` for canvas `chart-<name>`.
// The funnel and top products show theirs beside the chart; the others get one in a "Table" disclosure under it.
function chartTable(canvasId, columns) {
  const id = canvasId.replace(/^chart-/, '') + '-table';
  let table = document.getElementById(id);
  if (!table) {
    const details = document.createElement('details');
    details.innerHTML = '<summary>Table</summary>';
    table = document.createElement('table');
    table.id = id;
    details.appendChild(table);
    document.getElementById(canvasId).closest('figure').appendChild(details);
  }
  if (!table.tHead) {
    const head = table.createTHead().insertRow();
    for (const [header] of columns) head.appendChild(document.createElement('th')).textContent = header;
    table.createTBody();
  }
  return id;
}

// Every chart goes through here: drawn, and its numbers put in its table.
// columns: [header, key of a row, format, numeric].
function plot(canvasId, config, rows, columns) {
  drawChart(canvasId, config);
  fillTable(chartTable(canvasId, columns), rows, columns.map(([, ...column]) => column));
}

// Chart.js's time scale picks its unit (minute, hour, day, month) from the range and the room there is, and skips
// labels that would overlap, so the axis stays readable from an hour to months; Luxon formats it in UTC, as every
// time on the page is, whatever the browser's zone.
function timeAxis(minUnit, extra) {
  return Object.assign({
    type: 'time',
    adapters: { date: { zone: 'UTC' } },
    time: {
      minUnit,
      tooltipFormat: 'yyyy-MM-dd HH:mm:ss',
      displayFormats: { second: 'HH:mm:ss', minute: 'HH:mm', hour: 'MMM d HH:mm', day: 'MMM d', week: 'MMM d',
        month: 'MMM yyyy', quarter: 'MMM yyyy', year: 'yyyy' },
    },
    ticks: { maxRotation: 0, autoSkipPadding: 16 },
  }, extra);
}

// Points on a long series would hide the line.
const points = count => ({ point: { radius: count > 72 ? 0 : 3 } });

function showSummary(rows) {
  fillTable('summary-table', rows, [['event_type', String], ['total_events', count, true],
    ['unique_users', count, true], ['avg_price', money, true], ['total_value', money, true]]);
}

function showHourly(rows) {
  const hours = [...new Set(rows.map(row => row.event_hour))].sort();
  const types = [...new Set(rows.map(row => row.event_type))].sort();
  const counts = new Map(rows.map(row => [row.event_hour + ' ' + row.event_type, row.event_count]));
  plot('chart-hourly', {
    type: 'line',
    data: {
      datasets: types.map(type => ({
        label: type,
        borderColor: TYPE_COLOURS[type],
        backgroundColor: TYPE_COLOURS[type],
        borderWidth: 1.5,
        // An hour in which another type had events but this one none is a 0, not a gap.
        data: hours.map(hour => ({ x: utcMillis(hour), y: counts.get(hour + ' ' + type) || 0 })),
      })),
    },
    options: { scales: { x: timeAxis('hour'), y: { beginAtZero: true } }, elements: points(hours.length) },
  }, rows, [['event_hour', 'event_hour', time], ['event_type', 'event_type', String],
    ['event_count', 'event_count', count, true], ['unique_users', 'unique_users', count, true],
    ['total_value', 'total_value', money, true]]);
}

function showFunnel(rows) {
  const first = rows[0] || { viewers: 0, cart_adders: 0, purchasers: 0 };
  plot('chart-funnel', {
    type: 'bar',
    data: {
      labels: ['viewed', 'added to cart', 'purchased'],
      datasets: [{ label: 'users (' + (first.category === null || first.category === undefined ? 'all categories'
        : first.category) + ')', backgroundColor: '#4e79a7',
        data: [first.viewers, first.cart_adders, first.purchasers] }],
    },
    options: { scales: { y: { beginAtZero: true } } },
  }, rows, [['category', 'category', value => (value === null ? 'ALL' : value)],
    ['viewers', 'viewers', count, true], ['cart_adders', 'cart_adders', count, true],
    ['purchasers', 'purchasers', count, true], ['view_to_cart_rate', 'view_to_cart_rate', money, true],
    ['cart_to_purchase_rate', 'cart_to_purchase_rate', money, true],
    ['view_to_purchase_rate', 'view_to_purchase_rate', money, true]]);
}

function showTopProducts(rows) {
  plot('chart-top', {
    type: 'bar',
    data: {
      labels: rows.map(row => row.product_name),
      datasets: [{ label: 'revenue', backgroundColor: '#59a14f', data: rows.map(row => Number(row.revenue)) }],
    },
    options: { indexAxis: 'y' },
  }, rows, [['product_id', 'product_id', String], ['product_name', 'product_name', String],
    ['category', 'category', String], ['purchase_count', 'purchase_count', count, true],
    ['revenue', 'revenue', money, true]]);
}

function showRecent(rows) {
  fillTable('recent-table', rows, [['event_time', time], ['event_type', String], ['event_id', String],
    ['user_id', String], ['product_id', String], ['product_name', String], ['category', String],
    ['price', money, true]]);
}

function ago(seconds) {
  if (seconds === null || seconds === undefined) return '';
  const s = Math.round(Number(seconds));
  if (s < 120) return s + ' s ago';
  if (s < 7200) return Math.round(s / 60) + ' min ago';
  return Math.round(s / 3600) + ' h ago';
}

function showHealth(health) {
  fillTable('streams-table', health.streams, [['stream_id', String], ['last_batch_id', count, true],
    ['last_committed_at', time], ['seconds_since_last_batch', ago], ['backlog_files', count, true],
    ['backlog_bytes', count, true], ['kafka_lag', value => (value === null ? '—' : String(value)), true],
    ['backlog_reported_at', time]]);
  const minutes = health.per_minute;
  const perMinute = key => minutes.map(m => ({ x: utcMillis(m.minute), y: m[key] }));
  plot('chart-throughput', {
    type: 'bar',
    data: {
      datasets: [
        { label: 'stored', backgroundColor: '#59a14f', data: perMinute('stored'), maxBarThickness: 24 },
        { label: 'duplicate', backgroundColor: '#edc948', data: perMinute('duplicates'), maxBarThickness: 24 },
        { label: 'quarantined', backgroundColor: '#e15759', data: perMinute('quarantined'), maxBarThickness: 24 },
      ],
    },
    options: { scales: { x: timeAxis('minute', { stacked: true, offset: true }), y: { stacked: true, beginAtZero: true } } },
  }, minutes, [['minute (UTC)', 'minute', time], ['stored', 'stored', count, true],
    ['duplicates', 'duplicates', count, true], ['quarantined', 'quarantined', count, true]]);
  const reasons = Object.entries(health.quarantined_by_reason).map(([reason, records]) => ({ reason, records }));
  plot('chart-reasons', {
    type: 'bar',
    data: {
      labels: reasons.map(r => r.reason),
      datasets: [{ label: 'records', backgroundColor: '#e15759', data: reasons.map(r => r.records) }],
    },
    options: { indexAxis: 'y' },
  }, reasons, [['reason', 'reason', String], ['records', 'records', count, true]]);
  const batches = health.batches;
  const perBatch = key => batches.map(b => ({ x: utcMillis(b.committed_at), y: b[key] }));
  plot('chart-timings', {
    type: 'line',
    data: {
      datasets: [
        { label: 'batch duration', borderColor: '#4e79a7', data: perBatch('duration_seconds') },
        { label: 'latency p50', borderColor: '#f28e2b', data: perBatch('latency_p50_seconds') },
        { label: 'latency max', borderColor: '#e15759', data: perBatch('latency_max_seconds') },
      ],
    },
    options: { scales: { x: timeAxis('second'), y: { beginAtZero: true } }, elements: points(batches.length) },
  }, batches, [['stream', 'stream_id', String], ['batch', 'batch_id', count, true],
    ['committed (UTC)', 'committed_at', time], ['duration (s)', 'duration_seconds', seconds, true],
    ['latency p50 (s)', 'latency_p50_seconds', seconds, true],
    ['latency max (s)', 'latency_max_seconds', seconds, true]]);
}

const VIEWS = [
  ['summary', showSummary], ['hourly', showHourly], ['funnel', showFunnel], ['top-products', showTopProducts],
  ['recent', showRecent],
];

async function refresh() {
  if (refreshing) return;
  refreshing = true;
  const failures = [];
  const loads = VIEWS.map(([report, show]) => fetchJson(apiUrl(report, REPORTS[report])).then(answer => {
    show(answer.rows);
    return answer.exact_as_of;
  }));
  // The health panel follows the stream, whatever the event-time filters of the reports.
  loads.push(fetchJson('/api/health').then(showHealth));
  const results = await Promise.allSettled(loads);
  for (const result of results) {
    if (result.status === 'rejected') failures.push(result.reason);
  }
  // The oldest of the reports' answers: every event committed before it is counted in all of them.
  const asOf = results.slice(0, VIEWS.length).filter(r => r.status === 'fulfilled').map(r => r.value).sort()[0];
  if (asOf) document.getElementById('exact-as-of').textContent = 'reports exact as of ' + time(asOf) + ' UTC';
  const banner = document.getElementById('banner');
  if (failures.length) {
    const badInput = failures.find(f => f.status === 400);
    const unavailable = failures.find(f => f.status === 503);
    if (badInput) banner.textContent = 'Bad filter: ' + badInput.message;
    else if (unavailable) banner.textContent = 'Database unavailable (retrying): ' + unavailable.message;
    else banner.textContent = 'Dashboard unreachable (retrying): ' + failures[0].message;
    banner.hidden = false;
  } else {
    banner.hidden = true;
    banner.textContent = '';
  }
  document.getElementById('updated').textContent = 'updated ' + new Date().toISOString().substring(11, 19) + ' UTC';
  document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
  refreshing = false;
}

function fillForm() {
  const page = pageParams();
  for (const name of FILTERS) {
    document.getElementById('filter-' + name).value = page.get(name) || '';
  }
}

function applyForm(event) {
  event.preventDefault();
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    const value = document.getElementById('filter-' + name).value.trim();
    if (value) query.set(name, value);
  }
  const refreshParam = pageParams().get('refresh');
  if (refreshParam) query.set('refresh', refreshParam);
  const text = query.toString();
  // The URL holds the view, so that it can be shared or bookmarked.
  window.history.pushState(null, '', window.location.pathname + (text ? '?' + text : ''));
  refresh();
}

function start() {
  fillForm();
  document.getElementById('filters').addEventListener('submit', applyForm);
  document.getElementById('clear').addEventListener('click', event => {
    for (const name of FILTERS) document.getElementById('filter-' + name).value = '';
    applyForm(event);
  });
  window.addEventListener('popstate', () => { fillForm(); refresh(); });
  const seconds = Math.max(1, Number(pageParams().get('refresh')) || 5);
  refresh();
  setInterval(refresh, seconds * 1000);
}

start();
