"use strict";
/*
 * Purchasing, from purchasing-service: the purchase orders (generate from what orders wait for, send, cancel,
 * the printable document), one purchase order's page, and the suppliers with how each item is bought from them.
 * Helpers (el, api, say, table, formOf, dialogForm…) are app.js's.
 */

const PURCHASING = "/services/purchasing/api";

function poLink(po) { return el("a", { href: "#/purchasing/" + encodeURIComponent(po) }, po); }
function poDocument(po) { return PURCHASING + "/purchase-orders/" + encodeURIComponent(po) + "/document"; }
/** Why a generated line orders what it does, in words (purchasing's basis of the line). */
function basis(b) {
  return [`${b.backorderedInWindow} backordered`, `${b.available} available`, `${b.onOrder} on order`,
    `reorder point ${b.reorderPoint}`, `short ${b.shortfall}`, `minimum ${b.minimumQuantity}`, `lot ${b.lotSize}`].join(", ");
}
function money(value) { return value === null || value === undefined ? "" : Number(value).toFixed(2); }

/** What a purchase order's state lets an operator do to it, as buttons; each says its outcome in box. */
function purchaseOrderActions(order, box) {
  const po = order.poNumber, base = PURCHASING + "/purchase-orders/" + encodeURIComponent(po);
  // A refusal is said where the operator looks: in the dialog while it is open, else on the page.
  const act = async (what, url, body, where) => {
    const result = await api("POST", url, body);
    if (result.ok) { say(box, what + " " + po + ": now " + result.body.status.toLowerCase(), "done"); if (state.refresh) state.refresh(); }
    else say(where || box, what + " " + po + " refused: " + refusal(result), "refused");
    return result.ok;
  };
  const send = opener => dialogForm("Send " + po, [["expectedDate", "Expected (empty: today + the supplier's lead time)", "date"]],
    "Send", (f, inDialog) => act("Send", base + "/send", f.expectedDate.value ? { expectedDate: f.expectedDate.value } : {}, inDialog),
    opener);
  const open = ["DRAFT", "SENT", "PARTIALLY_RECEIVED"].includes(order.status);
  return el("span", { class: "row" },
    order.status === "DRAFT" && (order.lines || []).length > 0 ? el("button", { type: "button", class: "operator-action", id: "send-" + po,
      onclick: e => send(e.currentTarget) }, "Send") : null,
    open ? el("button", { type: "button", class: "secondary operator-action", id: "cancel-" + po,
      onclick: () => act("Cancel", base + "/cancel") }, "Cancel") : null,
    el("a", { href: poDocument(po), target: "_blank", rel: "noopener", id: "document-" + po }, "document"));
}

function purchasing() {
  const view = { status: "" };
  const box = el("div", { id: "purchasing-message" }), generated = el("div", { id: "generated" }), out = el("div");
  const statusFilter = el("form", { class: "filters", onsubmit: e => { e.preventDefault();
      view.status = statusFilter.elements.status.value; state.refresh(); } },
    el("label", {}, "Status", el("select", { name: "status", id: "po-status" },
      ["", "DRAFT", "SENT", "PARTIALLY_RECEIVED", "RECEIVED", "CANCELLED"].map(s => el("option", { value: s }, s || "any")))),
    el("button", { type: "submit" }, "Apply"));
  const generate = formOf([["supplierId", "Supplier (empty: every one)"], ["days", "Include backorders of the last days", "number"]],
    async f => {
      const result = await api("POST", PURCHASING + "/purchase-orders/generate", { supplierId: f.supplierId.value.trim() || null,
        includeBackordersDays: f.days.value ? Number(f.days.value) : null });
      if (!result.ok) { say(box, "Generate refused: " + refusal(result), "refused"); return; }
      const made = result.body.purchaseOrders || [], skipped = result.body.skipped || [];
      say(box, made.length === 0 ? "Generate: no new purchase order" : "Generate: " + made.map(o => o.poNumber + " for "
        + o.supplierId + " (" + o.lines.map(l => l.quantity + " of " + l.sku).join(", ") + ")").join("; "), "done");
      generated.replaceChildren(...[
        made.length ? table([{ key: "poNumber", label: "Purchase order", render: o => poLink(o.poNumber) },
          { key: "supplierId", label: "Supplier" },
          { key: "lines", label: "Lines and why", render: o => el("ul", { class: "plain" },
            o.lines.map(l => el("li", {}, `${l.quantity} of ${l.sku}`, l.basis ? " (" + basis(l.basis) + ")" : ""))) }],
          made, { class: "generated" }) : null,
        skipped.length ? el("p", { class: "muted" }, "Not ordered: ",
          skipped.map(s => `${s.sku} (${s.unitsNeeded} needed): ${s.reason}`).join("; ")) : null].filter(Boolean));
      state.refresh();
    }, "Generate");
  generate.id = "generate";
  main.replaceChildren(el("h1", {}, "Purchase orders"), box,
    el("div", { class: "operator-action" }, el("h2", {}, "Generate from what orders wait for"), generate, generated),
    el("h2", {}, "Purchase orders"), statusFilter, out);
  state.refresh = async () => {
    const result = await api("GET", PURCHASING + "/purchase-orders?" + query({ status: view.status }));
    if (!result.ok) { say(out, "The purchase orders could not be read: " + refusal(result), "refused"); return; }
    redraw(out, table([
      { key: "poNumber", label: "Purchase order", render: o => poLink(o.poNumber) }, { key: "supplierId", label: "Supplier" },
      { key: "status", label: "Status", render: o => [o.status, o.late ? el("span", { class: "badge red" }, "late") : null] },
      { key: "createdAt", label: "Created", render: o => fmtTime(o.createdAt) }, { key: "sentAt", label: "Sent", render: o => fmtTime(o.sentAt) },
      { key: "expectedDate", label: "Expected" },
      { key: "lines", label: "Lines", render: o => (o.lines || []).map(l => `${l.quantity} of ${l.sku}`).join("; ") },
      { key: "total", label: "Total", num: true, render: o => money(o.total) },
      { key: "actions", label: "Actions", render: o => purchaseOrderActions(o, box) }], result.body,
      { class: "purchase-orders", empty: "No purchase order." }));
  };
}

function purchaseOrderPage(po) {
  const box = el("div", { id: "purchasing-message" }), head = el("div"), lines = el("div");
  main.replaceChildren(el("h1", {}, "Purchase order " + po), box, head, el("h2", {}, "Lines"), lines);
  state.refresh = async () => {
    const result = await api("GET", PURCHASING + "/purchase-orders/" + encodeURIComponent(po));
    if (!result.ok) { head.replaceChildren(); lines.replaceChildren(); say(box, po + ": " + refusal(result), "refused"); return; }
    const o = result.body;
    redraw(head, el("p", { id: "po-status" }, o.status, o.late ? " (late)" : "", " · supplier ", o.supplierId,
        " · created ", fmtTime(o.createdAt), o.sentAt ? " · sent " + fmtTime(o.sentAt) : "",
        o.expectedDate ? " · expected " + o.expectedDate : "", " · total ", money(o.total)),
      el("div", { class: "actions" }, purchaseOrderActions(o, box),
        el("a", { href: poDocument(po) + "?format=pdf", target: "_blank", rel: "noopener" }, "PDF")));
    lines.replaceChildren(table([{ key: "sku", label: "Item" }, { key: "quantity", label: "Ordered", num: true },
      { key: "received", label: "Received", num: true }, { key: "overReceived", label: "Over-received", num: true },
      { key: "unitCost", label: "Unit cost", num: true, render: l => money(l.unitCost) },
      { key: "lineTotal", label: "Line total", num: true, render: l => money(l.lineTotal) }], o.lines || [], { class: "po-lines" }));
  };
}

function suppliers() {
  const box = el("div", { id: "suppliers-message" }), out = el("div");
  const saved = what => result => { if (result.ok) { say(box, what + ": saved", "done"); state.refresh(); }
    else say(box, what + " refused: " + refusal(result), "refused"); };
  main.replaceChildren(el("h1", {}, "Suppliers"), box, out,
    el("h2", {}, "Define or change a supplier"), formOf([["supplierId", "Supplier"], ["name", "Name"], ["email", "Email", "email"],
      ["leadTimeDays", "Lead time (days)", "number"]],
      async f => saved("Supplier " + f.supplierId.value)(await api("PUT", PURCHASING + "/suppliers/" + encodeURIComponent(f.supplierId.value.trim()),
        { name: f.name.value, email: f.email.value, leadTimeDays: Number(f.leadTimeDays.value || 0) })), "Save supplier"),
    el("h2", {}, "How an item is bought"), formOf([["sku", "Item"], ["supplierId", "Supplier"], ["unitCost", "Unit cost"],
      ["minimumQuantity", "Minimum", "number"], ["lotSize", "Lot size", "number"], ["reorderPoint", "Reorder point", "number"]],
      async f => saved("Supplier item " + f.sku.value)(await api("PUT", PURCHASING + "/supplier-items/" + encodeURIComponent(f.sku.value.trim()),
        { supplierId: f.supplierId.value.trim(), unitCost: f.unitCost.value, minimumQuantity: Number(f.minimumQuantity.value || 1),
          lotSize: Number(f.lotSize.value || 1), reorderPoint: Number(f.reorderPoint.value || 0) })), "Save item"));
  state.refresh = async () => {
    const result = await api("GET", PURCHASING + "/suppliers");
    if (!result.ok) { say(out, "The suppliers could not be read: " + refusal(result), "refused"); return; }
    const sections = await Promise.all(result.body.map(async s => {
      const bought = await api("GET", PURCHASING + "/supplier-items?" + query({ supplierId: s.supplierId }));
      return el("section", { class: "panel supplier", id: "supplier-" + s.supplierId },
        el("h2", {}, s.name + " (" + s.supplierId + ")"),
        el("p", {}, s.email ? el("a", { href: "mailto:" + s.email }, s.email) : "", " · lead time ", s.leadTimeDays, " day(s)"),
        bought.ok ? table([{ key: "sku", label: "Item" }, { key: "unitCost", label: "Unit cost", num: true, render: i => money(i.unitCost) },
          { key: "minimumQuantity", label: "Minimum", num: true }, { key: "lotSize", label: "Lot", num: true },
          { key: "reorderPoint", label: "Reorder point", num: true }], bought.body, { empty: "No item bought here yet." })
          : el("p", { class: "muted" }, "Items unknown: " + refusal(bought)));
    }));
    out.replaceChildren(sections.length ? el("div", { class: "grid2" }, sections) : el("p", { class: "muted" }, "No supplier yet."));
  };
}
