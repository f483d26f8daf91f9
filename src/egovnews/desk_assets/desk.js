// The egovnews desk: pick an edition and a country or scope, read the three languages side by
// side, see each sentence's facts and provenance, change seed, length, house style and context.
"use strict";
const LANGS = ["fr", "en", "ru"];
const state = { meta: null, style: "", timer: null, request: 0 };
const $ = (id) => document.getElementById(id);

function message(text) {
  const box = $("message");
  box.textContent = text || "";
  box.hidden = !text;
}

async function getJSON(url, options) {
  const response = await fetch(url, options);
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function subjectFromPath() {
  const parts = location.pathname.split("/").filter(Boolean);
  if (parts.length === 3 && (parts[0] === "article" || parts[0] === "roundup")) {
    return { kind: parts[0] === "article" ? "country" : "roundup", key: decodeURIComponent(parts[1]), edition: Number(parts[2]) };
  }
  return null;
}

function label(item) {
  return item.names.en === item.names.fr ? `${item.names.en} · ${item.names.ru}` : `${item.names.en} · ${item.names.fr} · ${item.names.ru}`;
}

function resolveSubject(text) {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return null;
  for (const c of state.meta.countries) {
    if (label(c).toLowerCase() === wanted || c.iso3.toLowerCase() === wanted || Object.values(c.names).some((n) => n.toLowerCase() === wanted)) {
      return { kind: "country", key: c.iso3 };
    }
  }
  for (const s of state.meta.scopes) {
    if (label(s).toLowerCase() === wanted || s.key.toLowerCase() === wanted || Object.values(s.names).some((n) => n.toLowerCase() === wanted)) {
      return { kind: "roundup", key: s.slug };
    }
  }
  return null;
}

function describeFact(id, fact) {
  const lines = [`<strong>${escapeHtml(id)}</strong> (${escapeHtml(fact.kind)})`];
  for (const d of (fact.provenance || []).slice(0, 12)) {
    lines.push(`${escapeHtml(d.country)} ${escapeHtml(String(d.edition))} ${escapeHtml(d.field)} = ${escapeHtml(String(d.value))} <span class="where">— ${escapeHtml(d.source || "")}</span>`);
  }
  if ((fact.provenance || []).length > 12) lines.push(`… ${fact.provenance.length - 12} more data`);
  return lines.join("<br>");
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function showProvenance(sentence, facts) {
  const box = $("provenance");
  const ids = sentence.facts;
  let html = `<button type="button" aria-label="close" onclick="this.parentNode.hidden=true">×</button>`;
  html += `<button type="button" class="copy">copy sentence</button><p>${escapeHtml(sentence.text)}</p>`;
  html += ids.length ? ids.map((id) => describeFact(id, facts[id] || { kind: "?" })).join("<hr>") : "<em>No fact of the data: the editor's context.</em>";
  box.innerHTML = html;
  box.querySelector(".copy").addEventListener("click", () => navigator.clipboard && navigator.clipboard.writeText(sentence.text));
  box.hidden = false;
}

function sentenceSpan(sentence, facts, context) {
  const span = document.createElement("span");
  span.className = "s" + (context ? " context" : "");
  span.tabIndex = 0;
  span.textContent = sentence.text;
  span.dataset.facts = sentence.facts.join(" ");
  const show = () => showProvenance(sentence, facts);
  span.addEventListener("mouseenter", show);
  span.addEventListener("focus", show);
  span.addEventListener("click", show);
  return span;
}

function paragraph(tag, p, facts) {
  const el = document.createElement(tag);
  p.sentences.forEach((s, i) => {
    if (i) el.append(" ");
    el.append(sentenceSpan(s, facts, p.context));
  });
  return el;
}

function column(lang, data, links) {
  const a = data.article;
  const col = document.createElement("article");
  col.className = "column";
  col.lang = lang;
  const head = document.createElement("div");
  head.className = "lang";
  head.innerHTML = `<span>${lang}</span><span>` + ["txt", "md", "page", "json"].map((f) => `<a href="${links[lang]}.${f}" download>${f}</a>`).join(" · ") + "</span>";
  col.append(head);
  const h = document.createElement("h2");
  h.append(sentenceSpan(a.headline, a.facts, false));
  col.append(h, paragraph("p", a.lead, a.facts));
  a.body.forEach((p) => col.append(paragraph("p", p, a.facts)));
  a.sections.forEach((section) => {
    const h3 = document.createElement("h3");
    h3.append(sentenceSpan(section.heading, a.facts, false));
    col.append(h3);
    section.paragraphs.forEach((p) => col.append(paragraph("p", p, a.facts)));
  });
  [a.footer, a.closing].forEach((p) => p && col.append(paragraph("p", p, a.facts)));
  data.charts.forEach((chart) => {
    const figure = document.createElement("figure");
    figure.innerHTML = chart.svg;
    const caption = document.createElement("figcaption");
    caption.textContent = chart.alt;
    figure.append(caption);
    col.append(figure);
  });
  if (data.table_html) {
    const wrap = document.createElement("div");
    wrap.innerHTML = data.table_html;
    col.append(wrap);
  }
  return col;
}

async function render() {
  const subject = resolveSubject($("subject").value);
  const edition = Number($("edition").value);
  if (!subject) {
    message($("subject").value.trim() ? `Unknown country or scope: ${$("subject").value}` : "");
    return;
  }
  const path = `/${subject.kind === "country" ? "article" : "roundup"}/${encodeURIComponent(subject.key)}/${edition}`;
  if (location.pathname !== path) history.replaceState(null, "", path);
  const seed = $("seed").value === "" ? null : Number($("seed").value);
  const body = { kind: subject.kind, key: subject.key, edition, seed, length: $("length").value, context: $("context").value, style: state.style };
  const mine = ++state.request;
  try {
    const data = await getJSON("/api/render", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (mine !== state.request) return;
    message("");
    const query = new URLSearchParams({ seed: seed === null ? "" : String(seed), length: $("length").value });
    const links = {};
    LANGS.forEach((lang) => (links[lang] = `/download/${subject.kind}/${encodeURIComponent(subject.key)}/${edition}/${lang}`));
    const columns = $("columns");
    columns.replaceChildren(...LANGS.map((lang) => column(lang, data.articles[lang], links)));
    columns.querySelectorAll(".lang a").forEach((a) => (a.href = a.getAttribute("href") + "?" + query));
    document.title = `${data.articles.en.article.headline.text} — egovnews desk`;
  } catch (error) {
    if (mine === state.request) message(error.message);
  }
}

function later() {
  clearTimeout(state.timer);
  state.timer = setTimeout(render, 250);
}

async function start() {
  try {
    state.meta = await getJSON("/api/meta");
  } catch (error) {
    message(error.message);
    return;
  }
  const editions = $("edition");
  state.meta.editions.forEach((year) => editions.add(new Option(String(year), String(year))));
  editions.value = String(state.meta.editions[state.meta.editions.length - 1]);
  const list = $("subjects");
  [...state.meta.countries, ...state.meta.scopes].forEach((item) => list.append(new Option(label(item))));
  const fromPath = subjectFromPath();
  if (fromPath) {
    const item = fromPath.kind === "country" ? state.meta.countries.find((c) => c.iso3 === fromPath.key) : state.meta.scopes.find((s) => s.slug === fromPath.key);
    if (item) $("subject").value = label(item);
    if (state.meta.editions.includes(fromPath.edition)) editions.value = String(fromPath.edition);
  }
  ["edition", "length"].forEach((id) => $(id).addEventListener("change", render));
  ["subject", "seed", "context"].forEach((id) => $(id).addEventListener("input", later));
  $("style").addEventListener("change", async () => {
    const file = $("style").files[0];
    state.style = file ? await file.text() : "";
    render();
  });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") $("provenance").hidden = true; });
  if ($("subject").value) render();
}

start();
