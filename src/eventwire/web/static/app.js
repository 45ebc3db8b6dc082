// eventwire dashboard: small progressive enhancements, no framework.
// Every value from the store reaches the page through textContent or
// setAttribute, never innerHTML: article text is data, not markup.
"use strict";

function el(tag, props, children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "className") node.className = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children || []) node.appendChild(child);
  return node;
}

function actorCell(actor, label) {
  if (!actor) return el("td", { "data-label": label }, [el("span", { className: "muted", text: "—" })]);
  const parts = [el("span", { className: "code", text: actor.code })];
  if (actor.name) {
    parts.push(document.createTextNode(" "));
    parts.push(el("span", { className: "muted", text: actor.name }));
  }
  return el("td", { "data-label": label }, [el("span", { className: "actor", title: actor.text || "" }, parts)]);
}

function signed(value) {
  return (value > 0 ? "+" : "") + value.toFixed(1);
}

function truncate(text, length) {
  return text.length <= length ? text : text.slice(0, length - 3).replace(/\s+\S*$/, "") + "...";
}

// One row of the events table; mirrors the event_cells macro of _macros.html.
function eventRow(e) {
  const eventCell = el("td", { "data-label": "Event" }, [
    el("span", { className: "code", text: e.cameo }),
    document.createTextNode(" "),
    el("span", { className: "pill q" + e.quad_class, text: e.plover }),
  ]);
  const modality = [el("span", { className: "pill modality", text: e.modality })];
  if (e.past) modality.push(document.createTextNode(" "), el("span", { className: "pill", text: "past" }));
  const link = el("a", {
    className: "article-link",
    href: "/articles/" + encodeURIComponent(e.doc_id) + "#event-" + encodeURIComponent(e.event_id),
    text: truncate(e.sentence || "", 160),
  });
  return el("tr", { className: "event-row", "data-event": e.event_id }, [
    el("td", { className: "code", "data-label": "Date", text: e.date || "" }),
    actorCell(e.source, "Source"),
    actorCell(e.target, "Target"),
    eventCell,
    el("td", { className: "num", "data-label": "Goldstein", text: e.goldstein === null ? "" : signed(e.goldstein) }),
    el("td", { "data-label": "Modality" }, modality),
    el("td", { "data-label": "Trigger", text: e.trigger ? e.trigger.text : "" }),
    el("td", { className: "sentence", "data-label": "Sentence" }, [link]),
  ]);
}

function formQuery(form, offset) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form).entries()) {
    if (String(value).trim() !== "") params.set(key, String(value).trim());
  }
  if (offset) params.set("offset", String(offset));
  return params;
}

function showError(form, message) {
  let box = document.getElementById("filter-error");
  if (!box) {
    box = el("p", { className: "error-box", id: "filter-error" });
    form.after(box);
  }
  box.textContent = message;
}

function renderEvents(data, params) {
  const body = document.querySelector("#events-table tbody");
  body.replaceChildren(...data.events.map(eventRow));
  if (!data.events.length) {
    body.appendChild(el("tr", { className: "empty" }, [el("td", { colspan: 8, className: "muted", text: "No events." })]));
  }
  const offset = Number(params.get("offset") || 0);
  const limit = Number(params.get("limit") || 50);
  const total = document.getElementById("events-total");
  total.dataset.total = String(data.total);
  total.textContent = data.total.toLocaleString("en") + " event reports match these filters" +
    (data.total ? "; showing " + (offset + 1) + "–" + (offset + data.events.length) + "." : ".");
  const pager = document.getElementById("pager");
  const links = [];
  const pageLink = (id, text, newOffset) => {
    const p = new URLSearchParams(params);
    if (newOffset) p.set("offset", String(newOffset)); else p.delete("offset");
    return el("a", { id: id, href: "/events?" + p.toString(), text: text });
  };
  if (offset > 0) links.push(pageLink("prev-page", "← previous", Math.max(offset - limit, 0)));
  if (offset + data.events.length < data.total) links.push(pageLink("next-page", "next →", offset + limit));
  pager.replaceChildren(...links);
}

async function loadEvents(form, params) {
  const response = await fetch("/api/events?" + params.toString(), { headers: { Accept: "application/json" } });
  const data = await response.json();
  if (!response.ok) {
    showError(form, data.error ? "[" + data.error.code + "] " + data.error.message : "request failed");
    return;
  }
  const box = document.getElementById("filter-error");
  if (box) box.remove();
  renderEvents(data, params);
  history.pushState(null, "", "/events" + (params.toString() ? "?" + params.toString() : ""));
  document.body.dataset.loaded = params.toString();
}

function enhanceEventFilters() {
  const form = document.getElementById("event-filters");
  if (!form || !document.getElementById("events-table")) return;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    loadEvents(form, formQuery(form, 0)).catch((err) => showError(form, String(err)));
  });
  window.addEventListener("popstate", () => window.location.reload());
}

// Article page: pointing at an event row or a highlight shows its evidence.
function focusEvent(eventId, on) {
  for (const mark of document.querySelectorAll("#article-text mark")) {
    const ids = (mark.dataset.events || "").split(" ");
    mark.classList.toggle("focus", on && ids.includes(eventId));
  }
  for (const row of document.querySelectorAll("#article-events tr.event-row")) {
    row.classList.toggle("focus", on && row.dataset.event === eventId);
  }
}

function enhanceArticle() {
  const table = document.getElementById("article-events");
  if (!table) return;
  for (const row of table.querySelectorAll("tr.event-row")) {
    row.addEventListener("mouseenter", () => focusEvent(row.dataset.event, true));
    row.addEventListener("mouseleave", () => focusEvent(row.dataset.event, false));
  }
  for (const mark of document.querySelectorAll("#article-text mark")) {
    mark.addEventListener("click", () => focusEvent((mark.dataset.events || "").split(" ")[0], true));
  }
  const hash = decodeURIComponent(window.location.hash || "");
  if (hash.startsWith("#event-")) focusEvent(hash.slice("#event-".length), true);
}

document.addEventListener("DOMContentLoaded", () => {
  enhanceEventFilters();
  enhanceArticle();
  document.body.dataset.ready = "1";
});
