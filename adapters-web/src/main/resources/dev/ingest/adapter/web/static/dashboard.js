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
// To the second, as `report` prints times: the health's instants carry microseconds.
const time = value => (value ? value.replace('T', ' ').replace('Z', '').substring(0, 19) : '');

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
    charts[id].update('none');
    return;
  }
  config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
  charts[id] = new Chart(document.getElementById(id), config);
}

function showSummary(rows) {
  fillTable('summary-table', rows, [['event_type', String], ['total_events', count, true],
    ['unique_users', count, true], ['avg_price', money, true], ['total_value', money, true]]);
}

function showHourly(rows) {
  fillTable('hourly-table', rows, [['event_hour', time], ['event_type', String], ['event_count', count, true],
    ['unique_users', count, true], ['total_value', money, true]]);
  const hours = [...new Set(rows.map(row => row.event_hour))].sort();
  const types = [...new Set(rows.map(row => row.event_type))].sort();
  drawChart('chart-hourly', {
    type: 'line',
    data: {
      labels: hours.map(time),
      datasets: types.map(type => ({
        label: type,
        borderColor: TYPE_COLOURS[type],
        backgroundColor: TYPE_COLOURS[type],
        data: hours.map(hour => {
          const row = rows.find(r => r.event_hour === hour && r.event_type === type);
          return row ? row.event_count : 0;
        }),
      })),
    },
    options: { scales: { y: { beginAtZero: true } } },
  });
}

function showFunnel(rows) {
  fillTable('funnel-table', rows, [['category', value => (value === null ? 'ALL' : value)],
    ['viewers', count, true], ['cart_adders', count, true], ['purchasers', count, true],
    ['view_to_cart_rate', money, true], ['cart_to_purchase_rate', money, true],
    ['view_to_purchase_rate', money, true]]);
  const first = rows[0] || { viewers: 0, cart_adders: 0, purchasers: 0 };
  drawChart('chart-funnel', {
    type: 'bar',
    data: {
      labels: ['viewed', 'added to cart', 'purchased'],
      datasets: [{ label: 'users (' + (first.category === null || first.category === undefined ? 'all categories'
        : first.category) + ')', backgroundColor: '#4e79a7',
        data: [first.viewers, first.cart_adders, first.purchasers] }],
    },
    options: { scales: { y: { beginAtZero: true } } },
  });
}

function showTopProducts(rows) {
  fillTable('top-table', rows, [['product_id', String], ['product_name', String], ['category', String],
    ['purchase_count', count, true], ['revenue', money, true]]);
  drawChart('chart-top', {
    type: 'bar',
    data: {
      labels: rows.map(row => row.product_name),
      datasets: [{ label: 'revenue', backgroundColor: '#59a14f', data: rows.map(row => Number(row.revenue)) }],
    },
    options: { indexAxis: 'y' },
  });
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
  drawChart('chart-throughput', {
    type: 'bar',
    data: {
      labels: minutes.map(m => time(m.minute).substring(11, 16)),
      datasets: [
        { label: 'stored', backgroundColor: '#59a14f', data: minutes.map(m => m.stored) },
        { label: 'duplicate', backgroundColor: '#edc948', data: minutes.map(m => m.duplicates) },
        { label: 'quarantined', backgroundColor: '#e15759', data: minutes.map(m => m.quarantined) },
      ],
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
  const reasons = Object.entries(health.quarantined_by_reason);
  drawChart('chart-reasons', {
    type: 'bar',
    data: {
      labels: reasons.map(([reason]) => reason),
      datasets: [{ label: 'records', backgroundColor: '#e15759', data: reasons.map(([, n]) => n) }],
    },
    options: { indexAxis: 'y' },
  });
  const batches = health.batches;
  drawChart('chart-timings', {
    type: 'line',
    data: {
      labels: batches.map(b => time(b.committed_at).substring(11, 19)),
      datasets: [
        { label: 'batch duration', borderColor: '#4e79a7', data: batches.map(b => b.duration_seconds) },
        { label: 'latency p50', borderColor: '#f28e2b', data: batches.map(b => b.latency_p50_seconds) },
        { label: 'latency max', borderColor: '#e15759', data: batches.map(b => b.latency_max_seconds) },
      ],
    },
    options: { scales: { y: { beginAtZero: true } } },
  });
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
