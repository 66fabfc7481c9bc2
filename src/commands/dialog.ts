/// <reference types="office-js" />
// The ribbon command's notification: title, message and the label of "go to the first" from the query string, shown as text.
const params = new URLSearchParams(window.location.search);
document.getElementById('title')!.textContent = params.get('t') ?? '';
document.getElementById('message')!.textContent = params.get('m') ?? '';
// "Go to the first error": a second button, made here so that the page's markup stays one for every message.
const firstLabel = params.get('f');
const ok = document.getElementById('ok')!;
const first = firstLabel ? document.createElement('button') : null;
if (first) {
  first.type = 'button';
  first.textContent = firstLabel;
  first.style.marginRight = '8px';
  ok.before(first);
}
Office.onReady(() => {
  ok.addEventListener('click', () => Office.context.ui.messageParent('close'));
  first?.addEventListener('click', () => Office.context.ui.messageParent('first'));
});
