"use strict";
/*
 * The operator console: a page per task, each drawn from the services' JSON APIs. Reports come from
 * reporting-service itself; every action goes to the service that owns it through reporting's
 * /services/<name>/ pass-through, and a refusal is shown in the words the service gave.
 * Live: reporting pushes a server-sent event whenever its read models change; the open page then
 * fetches its data again (forms keep what the operator typed).
 * Signing in, and the credentials every call carries: auth.js.
 */
const main = document.getElementById("main");
const state = { refresh: null, charts: {}, reporting: {}, timer: null };

// ---- small helpers -------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Calls a JSON API; never throws: answers { ok, status, body }. */
async function api(method, url, body) {
  const options = { method, headers: Object.assign({ "Accept": "application/json" }, auth.headers()) };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  try {
    const response = await fetch(url, options);
    const text = await response.text();
    let parsed = null;
    try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = { detail: text }; }
    return { ok: response.ok, status: response.status, body: parsed };
  } catch (e) {
    return { ok: false, status: 0, body: { detail: "no answer: " + e.message } };
  }
}

/** A refusal in words: the problem's detail, its field errors, or at least the status. */
function refusal(result) {
  const problem = result.body || {};
  const fields = (problem.errors || []).map(e => e.field + " " + e.message).join("; ");
  if (result.status === 404 && !problem.detail) return "not offered by the service (404)";
  return [problem.title && problem.detail ? problem.title + ": " + problem.detail : problem.detail || problem.title,
          fields].filter(Boolean).join(" — ") || "refused with HTTP " + result.status;
}

function say(box, text, kind) {
  box.replaceChildren(el("div", { class: "message " + kind, role: kind === "refused" ? "alert" : "status" }, text));
}

function fmtTime(value) { return value ? value.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, "") : ""; }
function cell(value) { return value === null || value === undefined ? "" : value; }
function list(text) { return (text || "").split(/[\s,]+/).map(s => s.trim()).filter(Boolean); }
function highlight(name) { return String(state.reporting[name]) === "true"; }
function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  return q.toString();
}

/**
 * A table of rows. columns: { key, label, num, sort (field name), red (row => bool), render (row => node|text) }.
 * onSort(field) is called when a sortable heading is chosen.
 */
function table(columns, rows, opts = {}) {
  const head = el("tr", {}, columns.map(c => {
    const label = c.sort && opts.onSort
      ? el("button", { class: "sort", type: "button", onclick: () => opts.onSort(c.sort),
          "aria-label": "sort by " + c.label }, c.label + (opts.sort === c.sort ? " ▲" : opts.sort === "-" + c.sort ? " ▼" : ""))
      : c.label;
    const sorted = opts.sort === c.sort ? "ascending" : opts.sort === "-" + c.sort ? "descending" : null;
    return el("th", { scope: "col", class: c.num ? "num" : null, "aria-sort": sorted }, label);
  }));
  const body = rows.length === 0
    ? [el("tr", {}, el("td", { colspan: columns.length, class: "muted" }, opts.empty || "Nothing here."))]
    : rows.map(row => el("tr", {}, columns.map(c => el("td", {
        class: [c.num ? "num" : "", c.red && c.red(row) ? "needed-red" : ""].join(" ").trim() || null,
        "data-field": c.key }, c.render ? c.render(row) : cell(row[c.key])))));
  return el("table", { class: opts.class || null }, el("thead", {}, head), el("tbody", {}, body));
}

function pager(page, size, total, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  return el("div", { class: "pager" },
    el("button", { type: "button", class: "secondary", disabled: page <= 0, onclick: () => go(page - 1) }, "Previous"),
    el("span", {}, `page ${page + 1} of ${pages} · ${total} row${total === 1 ? "" : "s"}`),
    el("button", { type: "button", class: "secondary", disabled: page + 1 >= pages, onclick: () => go(page + 1) }, "Next"));
}

/**
 * Redraws a part of the page without losing the keyboard's place: the element that had focus in it (by id) has it
 * again afterwards, so a live update or an action's refresh never throws an operator back to the top.
 */
function redraw(container, ...children) {
  const focused = document.activeElement && container.contains(document.activeElement) ? document.activeElement.id : null;
  container.replaceChildren(...children);
  const again = focused ? document.getElementById(focused) : null;
  if (again) again.focus();
}

/**
 * A modal dialog holding a small form. The native <dialog> opened with showModal() keeps the keyboard inside it
 * (the page behind is inert) and closes on Escape; focus starts on its first field and goes back to the opener.
 * fields: [name, label, type, value, more attributes]; submit(elements, messageBox) answers true to close.
 */
function dialogForm(title, fields, submitLabel, submit, opener) {
  const titleId = "dialog-title-" + Date.now();
  const message = el("div", { class: "dialog-message" });
  const form = el("form", { onsubmit: async e => {
      e.preventDefault();
      if (await submit(form.elements, message)) dialog.close();
    } },
    el("h2", { id: titleId }, title), message,
    fields.map(([name, label, type, value, more]) => el("label", {}, label,
      el("input", Object.assign({ name, type: type || "text", value: value || null }, more || {})))),
    el("div", { class: "actions" }, el("button", { type: "submit" }, submitLabel),
      el("button", { type: "button", class: "secondary", onclick: () => dialog.close() }, "Cancel")));
  const dialog = el("dialog", { "aria-labelledby": titleId }, form);
  dialog.addEventListener("close", () => {
    dialog.remove();
    // The opener may have been drawn again meanwhile (a live update): the one with its id then.
    const back = opener && (opener.isConnected ? opener : opener.id && document.getElementById(opener.id));
    (back || main).focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

async function loadReportingParameters() {
  const result = await api("GET", "/api/parameters");
  if (result.ok) for (const p of result.body) state.reporting[p.name] = p.value;
}

// ---- dashboard --------------------------------------------------------------------------------

function chart(name, canvasParent, config) {
  if (typeof Chart === "undefined") return;
  const existing = state.charts[name];
  if (existing && existing.canvas && existing.canvas.isConnected) {
    existing.data = config.data;
    existing.update("none");
    return;
  }
  const canvas = el("canvas", { role: "img", "aria-label": config.label });
  canvasParent.replaceChildren(canvas);
  const options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
  state.charts[name] = new Chart(canvas, { type: config.type, data: config.data, options });
}

async function dashboard() {
  main.replaceChildren(el("h1", {}, "Dashboard"));
  const cards = el("div", { class: "cards" });
  const box = name => el("div", { class: "canvas", id: "chart-" + name });
  const backlog = box("backlog"), aging = box("aging"), items = box("items"), coverage = box("coverage");
  const status = el("div");
  main.append(cards, el("div", { class: "charts" },
      el("section", { class: "chart" }, el("h2", {}, "Backordered units and orders, last 30 days"), backlog),
      el("section", { class: "chart" }, el("h2", {}, "Aging of waiting lines (units)"), aging),
      el("section", { class: "chart" }, el("h2", {}, "Items most waited for (units needed)"), items),
      el("section", { class: "chart" }, el("h2", {}, "Need covered by open purchase orders"), coverage)),
    el("h2", {}, "Projections"), status);
  state.refresh = async () => {
    const [board, projections, ...dead] = await Promise.all([api("GET", "/api/dashboard?days=30"),
      api("GET", "/api/projections/status"), api("GET", "/api/dead-letters?size=1"),
      api("GET", "/services/order/api/dead-letters?size=1"), api("GET", "/services/inventory/api/dead-letters?size=1"),
      api("GET", "/services/purchasing/api/dead-letters?size=1")]);
    if (!board.ok) { say(cards, "The dashboard could not be read: " + refusal(board), "refused"); return; }
    const d = board.body;
    const deadLetters = dead.reduce((sum, r) => sum + (r.ok && r.body ? r.body.total || 0 : 0), 0);
    const card = (figure, label, id) => el("div", { class: "card", id }, el("div", { class: "figure" }, figure),
      el("div", { class: "label" }, label));
    cards.replaceChildren(card(d.unitsNeeded, "units backordered", "units-needed"),
      card(d.ordersWaiting, "orders waiting", "orders-waiting"), card(d.linesWaiting, "lines waiting", "lines-waiting"),
      card(deadLetters, "dead letters waiting", "dead-letters"));
    chart("backlog", backlog, { type: "line", label: "backordered units and orders per day", data: {
      labels: d.backlog.map(b => b.day.slice(5)),
      datasets: [{ label: "units", data: d.backlog.map(b => b.units), borderColor: "#b00020", tension: .2 },
                 { label: "orders", data: d.backlog.map(b => b.orders), borderColor: "#0b5cad", tension: .2 }] } });
    chart("aging", aging, { type: "bar", label: "units waiting by age", data: {
      labels: d.aging.map(a => a.label), datasets: [{ label: "units", data: d.aging.map(a => a.units), backgroundColor: "#e07b39" }] } });
    chart("items", items, { type: "bar", label: "items most waited for", options: { indexAxis: "y" }, data: {
      labels: d.mostWaitedFor.map(i => i.sku), datasets: [
        { label: "needed", data: d.mostWaitedFor.map(i => i.unitsNeeded), backgroundColor: "#b00020" },
        { label: "on order", data: d.mostWaitedFor.map(i => i.onOrder), backgroundColor: "#0b5cad" }] } });
    const covered = d.coverage.unitsCovered, uncovered = d.coverage.unitsNeeded - covered;
    chart("coverage", coverage, { type: "doughnut", label: "need covered by purchase orders", data: {
      labels: ["covered by open purchase orders", "not covered"],
      datasets: [{ data: [covered, uncovered], backgroundColor: ["#0a7d2c", "#d7dce1"] }] } });
    if (projections.ok) {
      status.replaceChildren(table([{ key: "topic", label: "Topic" }, { key: "endOffset", label: "Records", num: true },
        { key: "committedOffset", label: "Projected", num: true }, { key: "lag", label: "Behind", num: true }],
        projections.body.topics));
    } else {
      say(status, "Projection status unknown: " + refusal(projections), "refused");
    }
  };
}

// ---- backorder reports ------------------------------------------------------------------------

const REPORTS = {
  customer: { title: "Backorders by Customer", path: "/api/reports/backorders-by-customer", columns: [
    { key: "customerId", label: "Customer", sort: "customerId" }, { key: "customerName", label: "Name", sort: "customerName" },
    { key: "orders", label: "Orders", num: true, sort: "orders" }, { key: "lines", label: "Lines", num: true, sort: "lines" },
    { key: "unitsNeeded", label: "Units needed", num: true, sort: "unitsNeeded", red: () => highlight("ViewOrdersHighlightBackorders") },
    { key: "oldestPlacedAt", label: "Oldest placed", sort: "oldestPlacedAt", render: r => fmtTime(r.oldestPlacedAt) },
    { key: "oldestAgeDays", label: "Age (days)", num: true }] },
  order: { title: "Backorders by Order Number", path: "/api/reports/backorders-by-order", columns: [
    { key: "orderNumber", label: "Order", sort: "orderNumber", render: r => el("a", { href: "#/orders/" + r.orderNumber }, r.orderNumber) },
    { key: "lineNo", label: "Line", num: true }, { key: "customerName", label: "Customer", sort: "customerName" },
    { key: "sku", label: "Item", sort: "sku" }, { key: "description", label: "Description" },
    { key: "ordered", label: "Ordered", num: true }, { key: "allocated", label: "Allocated", num: true },
    { key: "needed", label: "Needed", num: true, sort: "needed", red: () => highlight("ViewOrdersHighlightBackorders") },
    { key: "placedAt", label: "Placed", sort: "placedAt", render: r => fmtTime(r.placedAt) },
    { key: "ageDays", label: "Age (days)", num: true }, { key: "supplierId", label: "Supplier" },
    { key: "poNumber", label: "PO" }, { key: "promisedDate", label: "Promised", sort: "promisedDate" }] },
  summary: { title: "Backorder Summary", path: "/api/reports/backorder-summary", columns: [
    { key: "sku", label: "Item", sort: "sku", render: r => el("a", { href: "#/items?sku=" + encodeURIComponent(r.sku) }, r.sku) },
    { key: "description", label: "Description" },
    { key: "unitsNeeded", label: "Needed", num: true, sort: "unitsNeeded", red: () => highlight("ViewOrdersHighlightBackorders") },
    { key: "ordersWaiting", label: "Orders waiting", num: true, sort: "ordersWaiting" },
    { key: "oldestPlacedAt", label: "Oldest", sort: "oldestPlacedAt", render: r => fmtTime(r.oldestPlacedAt) },
    { key: "onOrder", label: "On order", num: true, sort: "onOrder" }, { key: "onHand", label: "On hand", num: true, sort: "onHand" },
    { key: "promisedDate", label: "Promised" }, { key: "supplierId", label: "Supplier" }] },
  notShipped: { title: "Quantity Not Shipped & Backordered", path: "/api/reports/not-shipped", days: true, columns: [
    { key: "sku", label: "Item", sort: "sku" }, { key: "description", label: "Description" },
    { key: "ordered", label: "Ordered", num: true, sort: "ordered" }, { key: "shipped", label: "Shipped", num: true, sort: "shipped" },
    { key: "notShipped", label: "Not shipped", num: true, sort: "notShipped" },
    { key: "backordered", label: "Backordered", num: true, sort: "backordered", red: () => highlight("ViewOrdersHighlightBackorders") }] },
};

function report(kind) {
  const spec = REPORTS[kind];
  const view = { page: 0, size: 50, sort: "", filters: { customer: "", item: "", from: "", to: "", days: "" } };
  const field = (name, label, type = "text") => el("label", {}, label,
    el("input", { type, name, value: view.filters[name], id: "filter-" + name }));
  const form = el("form", { class: "filters", onsubmit: e => {
      e.preventDefault();
      for (const name of Object.keys(view.filters)) { const input = form.elements[name]; if (input) view.filters[name] = input.value; }
      view.page = 0; state.refresh();
    } },
    field("customer", "Customer"), field("item", "Item"), field("from", "Placed from", "date"), field("to", "Placed to", "date"),
    spec.days ? field("days", "Days back", "number") : null, el("button", { type: "submit" }, "Apply"));
  const links = el("div", { class: "actions" });
  const out = el("div");
  main.replaceChildren(el("h1", {}, spec.title), form, links, out);
  state.refresh = async () => {
    const params = Object.assign({}, view.filters, { page: view.page, size: view.size, sort: view.sort });
    const result = await api("GET", spec.path + "?" + query(params));
    const exportParams = Object.assign({}, view.filters, { sort: view.sort });
    links.replaceChildren(
      el("a", { href: spec.path + "?" + query(Object.assign({ format: "csv" }, exportParams)), download: "" }, "Export CSV"),
      el("a", { href: spec.path + "?" + query(Object.assign({ format: "html" }, exportParams)), target: "_blank", rel: "noopener" }, "Print"));
    if (!result.ok) { say(out, refusal(result), "refused"); return; }
    out.replaceChildren(
      table(spec.columns, result.body.rows, { sort: view.sort, class: "report", empty: "No backorders.",
        onSort: f => { view.sort = view.sort === f ? "-" + f : f; state.refresh(); } }),
      pager(view.page, view.size, result.body.total, p => { view.page = p; state.refresh(); }));
  };
}

// ---- imports ----------------------------------------------------------------------------------

function imports() {
  const out = el("div");
  main.replaceChildren(el("h1", {}, "New backorders per import"),
    el("p", { class: "muted" }, "Kept for every import while PrintNewBackordersReportAtImport is set."), out);
  state.refresh = async () => {
    const result = await api("GET", "/api/imports?size=200");
    if (!result.ok) { say(out, refusal(result), "refused"); return; }
    out.replaceChildren(table([
      { key: "importId", label: "Import", render: r => el("a", { href: "#/imports/" + encodeURIComponent(r.importId) }, r.importId) },
      { key: "firstSeenAt", label: "Imported", render: r => fmtTime(r.firstSeenAt) },
      { key: "orders", label: "Orders", num: true }, { key: "linesBackordered", label: "Lines backordered", num: true },
      { key: "unitsBackordered", label: "Units", num: true },
      { key: "print", label: "Print", render: r => el("a", { href: "/api/imports/" + encodeURIComponent(r.importId)
          + "/new-backorders?format=html", target: "_blank", rel: "noopener" }, "print") }], result.body.imports,
      { empty: "No import has a kept report yet." }));
  };
}

function importReport(importId) {
  const path = "/api/imports/" + encodeURIComponent(importId) + "/new-backorders";
  const out = el("div");
  main.replaceChildren(el("h1", {}, "New backorders of import " + importId),
    el("div", { class: "actions" }, el("a", { href: path + "?format=csv", download: "" }, "Export CSV"),
      el("a", { href: path + "?format=html", target: "_blank", rel: "noopener" }, "Print")), out);
  state.refresh = async () => {
    const result = await api("GET", path + "?size=1000");
    if (!result.ok) { say(out, refusal(result), "refused"); return; }
    out.replaceChildren(table([
      { key: "orderNumber", label: "Order", render: r => el("a", { href: "#/orders/" + r.orderNumber }, r.orderNumber) },
      { key: "lineNo", label: "Line", num: true }, { key: "customerName", label: "Customer" }, { key: "sku", label: "Item" },
      { key: "ordered", label: "Ordered", num: true }, { key: "backorderedAtImport", label: "Backordered at import", num: true },
      { key: "neededNow", label: "Needed now", num: true, red: r => r.neededNow > 0 && highlight("ViewOrdersHighlightBackorders") }],
      result.body.rows));
  };
}

// ---- orders -----------------------------------------------------------------------------------

function orders() {
  const view = { page: 0, backordered: true, customerId: "" };
  const form = el("form", { class: "filters", onsubmit: e => { e.preventDefault(); view.page = 0;
      view.backordered = form.elements.backordered.checked; view.customerId = form.elements.customerId.value; state.refresh(); } },
    el("label", {}, "Customer id", el("input", { name: "customerId" })),
    el("label", { class: "check" }, el("input", { type: "checkbox", name: "backordered", checked: true }), "backordered only"),
    el("label", {}, "Open order", el("input", { name: "open", id: "open-order", placeholder: "order number" })),
    el("button", { type: "submit" }, "Apply"));
  form.elements.open.addEventListener("change", e => { if (e.target.value) location.hash = "#/orders/" + e.target.value.trim(); });
  const out = el("div");
  main.replaceChildren(el("h1", {}, "Orders"), form, out);
  state.refresh = async () => {
    const result = await api("GET", "/services/order/api/orders?" + query({ backordered: view.backordered ? "true" : "",
      customerId: view.customerId, page: view.page, size: 50 }));
    if (!result.ok) { say(out, refusal(result), "refused"); return; }
    out.replaceChildren(table([
      { key: "orderNumber", label: "Order", render: r => el("a", { href: "#/orders/" + r.orderNumber }, r.orderNumber) },
      { key: "customer", label: "Customer", render: r => r.customer ? r.customer.name : "" },
      { key: "placedAt", label: "Placed", render: r => fmtTime(r.placedAt) }, { key: "lines", label: "Lines", num: true },
      { key: "unitsNeeded", label: "Needed", num: true, red: r => r.unitsNeeded > 0 && highlight("ManualOrdersHighlightBackorders") },
      { key: "status", label: "Status", render: r => statusBadges(r.status) }], result.body.orders || []),
      pager(view.page, 50, result.body.total || 0, p => { view.page = p; state.refresh(); }));
  };
}

function statusBadges(status) {
  if (!status) return "";
  return Object.entries(status).filter(([, v]) => v === true)
    .map(([k]) => el("span", { class: "badge" + (k === "backordered" ? " red" : "") }, k));
}

function orderPage(number) {
  const box = el("div", { id: "order-message" });
  const head = el("div"), lines = el("div"), history = el("div");
  const orderButton = (label, action) => el("button", { type: "button", class: "operator-action", id: label.toLowerCase().replace(/ /g, "-") + "-order",
    onclick: action }, label);
  // The owning service answers at once; the order page hears of the outcome through Kafka a moment later.
  const refreshSoon = () => { for (const delay of [0, 1000, 3000, 6000]) setTimeout(() => state.refresh && state.refresh(), delay); };
  const act = async (label, method, url, body, describe) => {
    const result = await api(method, url, body);
    if (result.ok) say(box, label + ": " + (describe ? describe(result.body) : "done"), "done");
    else say(box, label + " refused: " + refusal(result), "refused");
    refreshSoon();
  };
  const fillDescription = outcome => {
    const filled = (outcome.lines || []).filter(l => l.filled > 0);
    return filled.length === 0 ? "nothing could be filled now"
      : filled.map(l => `order ${l.orderNumber} line ${l.lineNo} (${l.sku}) filled ${l.filled}, still needs ${l.stillNeeded}`).join("; ");
  };
  main.replaceChildren(el("h1", {}, "Order " + number), head, box,
    el("div", { class: "actions" },
      orderButton("Fill", () => act("Fill", "POST", "/services/inventory/api/backorder-fills", { orderNumbers: [number] }, fillDescription)),
      orderButton("Approve", () => act("Approve", "POST", "/services/order/api/orders/" + number + "/approve", undefined, () => "approved")),
      orderButton("Ship", () => act("Ship", "POST", "/services/order/api/orders/" + number + "/ship", undefined,
        o => o && o.status && o.status.awaitingShipment ? "asked of inventory, waiting for its answer" : "shipped"))),
    el("h2", {}, "Lines"), lines, el("h2", {}, "Shipments"), history);
  state.refresh = async () => {
    const [order, waiting, shipments, cancelAllowed] = await Promise.all([
      api("GET", "/services/order/api/orders/" + encodeURIComponent(number)),
      api("GET", "/api/reports/backorders-by-order?" + query({ order: number, size: 500 })),
      api("GET", "/api/shipments?" + query({ order: number, size: 200 })),
      api("GET", "/services/inventory/api/parameters/AllowCancelBackorders")]);
    if (!order.ok) { head.replaceChildren(); say(box, "Order " + number + ": " + refusal(order), "refused"); lines.replaceChildren(); return; }
    const o = order.body;
    const promised = {};
    if (waiting.ok) for (const r of waiting.body.rows) promised[r.lineNo] = r.promisedDate ? r.promisedDate + (r.poNumber ? " (" + r.poNumber + ")" : "") : (r.poNumber || "");
    const canCancel = !cancelAllowed.ok || String(cancelAllowed.body.value) !== "false";
    head.replaceChildren(...[el("p", {}, statusBadges(o.status), " ", o.customer ? `${o.customer.name} (${o.customer.id})` : "",
        " · placed ", fmtTime(o.placedAt), o.shipDate ? " · ship date " + o.shipDate : ""),
      (o.linkedOrders || []).length ? el("p", {}, "Linked orders: ", o.linkedOrders.map(n => [el("a", { href: "#/orders/" + n }, n), " "])) : null,
      (o.notes || []).length ? el("ul", { class: "notes" }, o.notes.map(n => el("li", {}, n))) : null].filter(Boolean));
    lines.replaceChildren(table([
      { key: "lineNo", label: "Line", num: true }, { key: "sku", label: "Item" }, { key: "quantity", label: "Ordered", num: true },
      { key: "allocated", label: "Allocated", num: true },
      { key: "needed", label: "Needed", num: true, red: r => r.needed > 0 && highlight("ViewOrdersHighlightBackorders") },
      { key: "shipped", label: "Shipped", num: true }, { key: "cancelled", label: "Cancelled", num: true },
      { key: "splitOff", label: "Split off", num: true }, { key: "promised", label: "Promised", render: r => promised[r.lineNo] || "" },
      { key: "actions", label: "Actions", render: r => lineActions(number, r, canCancel, act, fillDescription) }],
      o.lines || [], { class: "order-lines" }));
    if (!shipments.ok) { say(history, refusal(shipments), "refused"); return; }
    history.replaceChildren(table([{ key: "shippedAt", label: "Shipped", render: r => fmtTime(r.shippedAt) },
      { key: "lineNo", label: "Line", num: true }, { key: "sku", label: "Item" }, { key: "quantity", label: "Units", num: true },
      { key: "confirmedByOrder", label: "Confirmed by the order", render: r => r.confirmedByOrder ? "yes" : "not yet" }],
      shipments.body.shipments, { empty: "Nothing shipped yet." }));
  };
}

function lineActions(number, line, canCancel, act, fillDescription) {
  const id = `line-${line.lineNo}`;
  const quantity = el("input", { type: "number", min: "1", id: id + "-quantity", "aria-label": `quantity for line ${line.lineNo}`,
    placeholder: "all" });
  const body = () => quantity.value ? { quantity: Number(quantity.value) } : {};
  const base = `/services/inventory/api/orders/${number}/lines/${line.lineNo}`;
  return el("div", { class: "row" }, quantity,
    el("button", { type: "button", class: "secondary operator-action", id: id + "-force", onclick: () =>
      act(`Force line ${line.lineNo}`, "POST", base + "/force-backorder", body(), () => "backordered; its units are free for other orders") }, "Force"),
    el("button", { type: "button", class: "secondary operator-action", id: id + "-fill", onclick: () =>
      act(`Fill line ${line.lineNo}`, "POST", "/services/inventory/api/backorder-fills", { orderNumbers: [number], skus: [line.sku] }, fillDescription) }, "Fill"),
    canCancel ? el("button", { type: "button", class: "secondary operator-action", id: id + "-cancel", onclick: () =>
      act(`Cancel backorder of line ${line.lineNo}`, "POST", base + "/cancel-backorder", body(), () => "no longer waited for") }, "Cancel Backorder") : null);
}

// ---- batch screens ----------------------------------------------------------------------------

function check(name, label, checked) {
  return el("label", { class: "check" }, el("input", { type: "checkbox", name, id: name, checked: !!checked }), label);
}

async function fillScreen() {
  const out = el("div");
  const capture = await api("GET", "/services/order/api/parameters/CaptureAtFillBackorders");
  const form = el("form", { class: "filters", onsubmit: async e => {
      e.preventDefault();
      const f = form.elements;
      // Capture is this fill's own choice (it travels on the fill's events); the merchant's parameter is only its default.
      const result = await api("POST", "/services/inventory/api/backorder-fills", { orderNumbers: list(f.orders.value),
        skus: list(f.items.value), onlyCompletableOrders: f.onlyCompletable.checked, approveWhenComplete: f.approve.checked,
        capture: f.capture.checked, shipDate: f.shipDate.value || null });
      if (!result.ok) { say(out, "Fill refused: " + refusal(result), "refused"); return; }
      const t = result.body.totals || {};
      out.replaceChildren(el("p", { id: "fill-totals" }, `Fill ${result.body.fillId}: ${t.linesLookedAt} line(s) looked at,`
        + ` ${t.linesFilled} filled with ${t.unitsFilled} unit(s), ${t.unitsStillNeeded} unit(s) still needed.`), table([
        { key: "orderNumber", label: "Order", render: r => el("a", { href: "#/orders/" + r.orderNumber }, r.orderNumber) },
        { key: "lineNo", label: "Line", num: true }, { key: "sku", label: "Item" }, { key: "filled", label: "Filled", num: true },
        { key: "stillNeeded", label: "Still needed", num: true, red: r => r.stillNeeded > 0 && highlight("ViewOrdersHighlightBackorders") }],
        result.body.lines || [], { empty: "No waiting line matched." }));
    } },
    el("label", {}, "Orders (empty: all)", el("input", { name: "orders", id: "fill-orders" })),
    el("label", {}, "Items (empty: all)", el("input", { name: "items", id: "fill-items" })),
    check("onlyCompletable", "only completable orders", false), check("approve", "approve when complete", true),
    check("capture", "capture payment when a fill completes an order (default: CaptureAtFillBackorders)",
      capture.ok && String(capture.body.value) === "true"),
    el("label", {}, "Ship date", el("input", { type: "date", name: "shipDate" })),
    el("button", { type: "submit", id: "fill-now" }, "Fill now"));
  main.replaceChildren(el("h1", {}, "Fill Backorders"), form, out);
}

async function processor() {
  const out = el("div");
  const include = await api("GET", "/services/order/api/parameters/MultiOrderProcessorIncludeBackorders");
  const form = el("form", { class: "filters", onsubmit: async e => {
      e.preventDefault();
      const f = form.elements;
      const result = await api("POST", "/services/order/api/order-processing", { orderNumbers: list(f.orders.value),
        fillBackorders: f.fillBackorders.checked, onlyCompletableOrders: f.onlyCompletableOrders.checked,
        capture: f.capture.checked, approve: f.approve.checked, ship: f.ship.checked,
        includeOrdersWithBackorders: f.includeOrdersWithBackorders.checked });
      if (!result.ok) { say(out, "Processing refused: " + refusal(result), "refused"); return; }
      out.replaceChildren(table([
        { key: "orderNumber", label: "Order", render: r => el("a", { href: "#/orders/" + r.orderNumber }, r.orderNumber) },
        { key: "done", label: "Done", render: r => (r.done || []).join("; ") }, { key: "skipped", label: "Left because" }],
        result.body.orders || []));
    } },
    el("label", {}, "Orders", el("input", { name: "orders", id: "processor-orders" })),
    check("fillBackorders", "fill backorders", true), check("onlyCompletableOrders", "only completable orders", false),
    check("capture", "capture payment", true), check("approve", "approve", true), check("ship", "ship", true),
    check("includeOrdersWithBackorders", "include orders with backorders", include.ok && String(include.body.value) === "true"),
    el("button", { type: "submit" }, "Process"));
  main.replaceChildren(el("h1", {}, "Multi-Order Processor"), form, out);
}

// ---- forms, parameters ----------------------------------------------------------------------

function formOf(fields, submit, label) {
  const form = el("form", { class: "filters", onsubmit: e => { e.preventDefault(); submit(form.elements); } },
    fields.map(([name, text, type, value]) => type === "checkbox" ? check(name, text, value)
      : el("label", {}, text, el("input", { name, type: type || "text", value: value === undefined ? null : value }))),
    el("button", { type: "submit" }, label));
  return form;
}

// items(), purchasing(), purchaseOrderPage() and suppliers() are in items.js and purchasing.js.

function parameters() {
  const services = [["order", "/services/order/api/parameters"], ["inventory", "/services/inventory/api/parameters"],
    ["purchasing", "/services/purchasing/api/parameters"], ["reporting", "/api/parameters"]];
  const sections = services.map(([name]) => el("section", { class: "panel", id: "parameters-" + name }, el("h2", {}, name + "-service")));
  main.replaceChildren(el("h1", {}, "Parameters"), el("div", { class: "grid2" }, sections));
  state.refresh = async () => {
    await Promise.all(services.map(async ([name, base], index) => {
      const section = sections[index];
      if (section.contains(document.activeElement) && document.activeElement.tagName === "INPUT") return;
      const result = await api("GET", base);
      const box = el("div");
      if (!result.ok) { section.replaceChildren(el("h2", {}, name + "-service"), box); say(box, refusal(result), "refused"); return; }
      redraw(section, el("h2", {}, name + "-service"), box, table([
        { key: "name", label: "Parameter", render: p => el("span", { title: p.description }, p.name) },
        { key: "value", label: "Value", render: p => parameterInput(base, p, box) },
        { key: "defaultValue", label: "Default" }, { key: "changedBy", label: "Changed by" }], result.body));
    }));
  };
}

function parameterInput(base, p, box) {
  const id = "parameter-" + p.name;
  const input = p.type === "BOOLEAN" ? el("input", { type: "checkbox", id, checked: String(p.value) === "true", "aria-label": p.name })
    : el("input", { type: p.type === "INTEGER" ? "number" : "text", id, value: p.value, "aria-label": p.name });
  // A form of its own, so that Enter in the field saves it.
  return el("form", { class: "row", onsubmit: async e => {
    e.preventDefault();
    const value = p.type === "BOOLEAN" ? input.checked : p.type === "INTEGER" ? Number(input.value) : input.value;
    const result = await api("PUT", base + "/" + encodeURIComponent(p.name), { value });
    if (result.ok) { say(box, p.name + " is now " + result.body.value, "done"); if (base === "/api/parameters") loadReportingParameters(); }
    else say(box, p.name + " refused: " + refusal(result), "refused");
  } }, input, el("button", { type: "submit", class: "secondary admin-action", id: id + "-save", "aria-label": "save " + p.name }, "Save"));
}

// ---- routing and live updates ------------------------------------------------------------------

const ROUTES = [
  [/^\/?$/, () => dashboard()],
  [/^\/backorders\/(customer|order|summary)$/, m => report(m[1])],
  [/^\/not-shipped$/, () => report("notShipped")],
  [/^\/imports$/, () => imports()],
  [/^\/imports\/(.+)$/, m => importReport(decodeURIComponent(m[1]))],
  [/^\/orders$/, () => orders()],
  [/^\/orders\/([^/?]+)$/, m => orderPage(decodeURIComponent(m[1]))],
  [/^\/fill$/, () => fillScreen()],
  [/^\/processor$/, () => processor()],
  [/^\/items$/, (m, params) => items(params)],
  [/^\/purchasing$/, () => purchasing()],
  [/^\/purchasing\/([^/?]+)$/, m => purchaseOrderPage(decodeURIComponent(m[1]))],
  [/^\/suppliers$/, () => suppliers()],
  [/^\/parameters$/, () => parameters()],
];

async function route() {
  if (!auth.me) return; // the login form is up
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, search] = hash.split("?");
  for (const chart of Object.values(state.charts)) chart.destroy();
  state.charts = {};
  state.refresh = null;
  for (const link of document.querySelectorAll(".top nav a")) {
    const target = link.getAttribute("href").slice(1);
    if (target === path || (target !== "/" && path.startsWith(target + "/"))) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const found = ROUTES.find(([pattern]) => pattern.test(path));
  if (found && !auth.mayOpen(path)) { main.replaceChildren(el("h1", {}, "Not for your user"), el("p", {}, "Your roles do not open " + path + ".")); return; }
  if (!found) { main.replaceChildren(el("h1", {}, "Not found"), el("p", {}, "No page " + path + ".")); return; }
  await found[1](path.match(found[0]), new URLSearchParams(search || ""));
  if (state.refresh) await state.refresh();
  document.title = (main.querySelector("h1") || {}).textContent + " · Backorder Manager";
}

function listen() {
  const live = document.getElementById("live");
  auth.stream("/api/live", () => { live.textContent = "live"; }, data => {
    let change = {};
    try { change = JSON.parse(data); } catch (e) { return; }
    if (change.source === "keep-alive") return;
    live.textContent = "live · updated " + new Date().toLocaleTimeString();
    clearTimeout(state.timer);
    state.timer = setTimeout(() => { if (state.refresh) state.refresh(); }, 250);
  }, () => { live.textContent = "reconnecting…"; });
}

window.addEventListener("hashchange", () => { route().then(() => main.focus({ preventScroll: true })); });
auth.linksCarryCredentials();
auth.signIn().then(() => { listen(); return loadReportingParameters(); }).then(route);
