"use strict";
/*
 * Items: the list from inventory-service (GET /api/items, paged and filtered by sku), and on each row the
 * actions an operator takes on an item (receive, adjust) in a dialog; defining an item is a form below.
 * Helpers (el, api, say, table, pager, dialogForm…) are app.js's.
 */

function items(params) {
  const view = { page: 0, size: 50, sku: params.get("sku") || "", backordered: params.get("backordered") === "true" };
  const box = el("div", { id: "items-message" }), out = el("div");
  const filters = el("form", { class: "filters", onsubmit: e => {
      e.preventDefault();
      view.sku = filters.elements.sku.value.trim(); view.backordered = filters.elements.backordered.checked; view.page = 0;
      state.refresh();
    } },
    el("label", {}, "Item (part of the sku)", el("input", { name: "sku", id: "items-sku", value: view.sku })),
    el("label", { class: "check" }, el("input", { type: "checkbox", name: "backordered", id: "items-backordered",
      checked: view.backordered }), "waited for only"),
    el("button", { type: "submit", id: "items-apply" }, "Apply"));
  // A refusal is said where the operator looks: in the dialog while it is open, else above the list.
  const done = (what, sku, where) => result => {
    if (result.ok) { say(box, what + " " + sku + ": done", "done"); state.refresh(); return true; }
    say(where || box, what + " " + sku + " refused: " + refusal(result), "refused");
    return false;
  };
  const receive = (sku, opener) => dialogForm("Receive " + sku, [["quantity", "Units", "number", "", { min: 1, required: true }],
      ["poNumber", "Purchase order (optional)"]], "Receive", async (f, inDialog) =>
    done("Receipt of", sku, inDialog)(await api("POST", "/services/inventory/api/receipts", { receiptId: "console-" + Date.now(),
      sku, quantity: Number(f.quantity.value), poNumber: f.poNumber.value.trim() || null, scannerId: "console",
      scannedAt: new Date().toISOString() })), opener);
  const adjust = (sku, opener) => dialogForm("Adjust " + sku, [["delta", "Change (+/- units)", "number", "", { required: true }],
      ["reason", "Reason", "text", "", { required: true }]], "Adjust", async (f, inDialog) =>
    done("Adjustment of", sku, inDialog)(await api("POST", "/services/inventory/api/items/" + encodeURIComponent(sku) + "/adjustments",
      { delta: Number(f.delta.value), reason: f.reason.value })), opener);
  const actions = row => el("span", { class: "row" },
    el("button", { type: "button", class: "secondary scanner-action", id: "receive-" + row.sku, "aria-label": "receive " + row.sku,
      onclick: e => receive(row.sku, e.currentTarget) }, "Receive"),
    el("button", { type: "button", class: "secondary operator-action", id: "adjust-" + row.sku, "aria-label": "adjust " + row.sku,
      onclick: e => adjust(row.sku, e.currentTarget) }, "Adjust"));
  main.replaceChildren(el("h1", {}, "Items"), filters, box, out,
    el("h2", {}, "Define or change an item"), formOf([["sku", "Item"], ["description", "Description"],
      ["tracked", "tracked", "checkbox", true], ["discontinued", "discontinued", "checkbox", false],
      ["initialQuantityOnHand", "Initial on hand", "number"]],
      async f => done("Item", f.sku.value)(await api("PUT", "/services/inventory/api/items/" + encodeURIComponent(f.sku.value.trim()),
        { description: f.description.value, tracked: f.tracked.checked, discontinued: f.discontinued.checked,
          initialQuantityOnHand: f.initialQuantityOnHand.value ? Number(f.initialQuantityOnHand.value) : null })), "Save"));
  state.refresh = async () => {
    const result = await api("GET", "/services/inventory/api/items?" + query({ sku: view.sku,
      backordered: view.backordered ? "true" : "", page: view.page, size: view.size }));
    if (!result.ok) { say(out, "The items could not be read: " + refusal(result), "refused"); return; }
    redraw(out, table([{ key: "sku", label: "Item" }, { key: "description", label: "Description" },
      { key: "onHand", label: "On hand", num: true }, { key: "allocated", label: "Allocated", num: true },
      { key: "available", label: "Available", num: true },
      { key: "backordered", label: "Backordered", num: true, red: r => r.backordered > 0 && highlight("ViewOrdersHighlightBackorders") },
      { key: "tracked", label: "Tracked", render: r => r.tracked ? "yes" : "no" },
      { key: "discontinued", label: "Discontinued", render: r => r.discontinued ? "yes" : "no" },
      { key: "actions", label: "Actions", render: actions }], result.body.items, { class: "items", empty: "No item matches." }),
      pager(view.page, view.size, result.body.total, p => { view.page = p; state.refresh(); }));
  };
}
