// Small SVG charts for the host's own page: no external scripts, fonts or styles (the page's CSP is 'self').
(() => {
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const SIDE_COLOURS = { left: '#2f5fd0', center: '#6b6f7a', right: '#c62f2f', unrated: '#b9bcc4' };

function svg(width, height, label) {
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('width', '100%');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', label);
  return root;
}

function el(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One horizontal bar split into parts: [{key, value, colour}]. */
function stackedBar(parts, label) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const root = svg(600, 46, label);
  let x = 0;
  for (const part of parts) {
    if (!part.value) continue;
    const width = (600 * part.value) / total;
    root.append(el('rect', { x, y: 0, width, height: 26, fill: part.colour }));
    if (width > 60) root.append(el('text', { x: x + 6, y: 18, fill: '#fff', 'font-size': 13 }, `${part.key} ${Math.round((100 * part.value) / total)}%`));
    x += width;
  }
  if (!total) root.append(el('text', { x: 0, y: 18, 'font-size': 13, fill: 'currentColor' }, 'Nothing yet'));
  return root;
}

/** Labelled horizontal bars: [{label, value, colour?}]. */
function bars(rows, label) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const root = svg(600, Math.max(1, rows.length) * 24, label);
  rows.forEach((row, i) => {
    root.append(el('text', { x: 0, y: i * 24 + 16, 'font-size': 13, fill: 'currentColor' }, row.label));
    root.append(el('rect', { x: 200, y: i * 24 + 4, width: (340 * row.value) / max, height: 16, fill: row.colour ?? '#2450a6', rx: 2 }));
    root.append(el('text', { x: 206 + (340 * row.value) / max, y: i * 24 + 16, 'font-size': 12, fill: 'currentColor' }, String(row.value)));
  });
  return root;
}

/** Stacked columns per day: [{day, left, center, right, unrated}]. */
function dailyColumns(days, label) {
  const root = svg(600, 140, label);
  const max = Math.max(1, ...days.map((d) => d.left + d.center + d.right + d.unrated));
  const width = Math.min(40, 600 / Math.max(1, days.length));
  days.forEach((day, i) => {
    let y = 120;
    for (const side of ['left', 'center', 'right', 'unrated']) {
      const height = (110 * day[side]) / max;
      y -= height;
      if (height > 0) root.append(el('rect', { x: i * width + 2, y, width: width - 4, height, fill: SIDE_COLOURS[side] }));
    }
    if (days.length <= 15 || i % Math.ceil(days.length / 10) === 0)
      root.append(el('text', { x: i * width + 2, y: 136, 'font-size': 10, fill: 'currentColor' }, day.day.slice(5)));
  });
  return root;
}

window.BiasCharts = { stackedBar, bars, dailyColumns, SIDE_COLOURS };
})();
