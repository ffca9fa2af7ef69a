// Test builds only: the link preview's card (preview.html) reports its state
// to the background (hook-background.js) whenever it changes.
/* global chrome */
const root = document.documentElement;
function report() {
  chrome.runtime.sendMessage({precisTestPreview: {state: root.dataset.state, ms: Number(root.dataset.ms ?? -1),
    title: document.getElementById('title')?.textContent ?? '',
    site: document.getElementById('site')?.textContent ?? '',
    status: document.getElementById('status')?.textContent ?? '',
    points: [...document.querySelectorAll('#points li')].map((li) => li.textContent)}}).catch(() => {});
}
new MutationObserver(report).observe(root, {attributes: true, attributeFilter: ['data-state']});
