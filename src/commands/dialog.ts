/// <reference types="office-js" />
// The ribbon command's notification: title and message from the query string, shown as text.
const params = new URLSearchParams(window.location.search);
document.getElementById('title')!.textContent = params.get('t') ?? '';
document.getElementById('message')!.textContent = params.get('m') ?? '';
Office.onReady(() => {
  document.getElementById('ok')!.addEventListener('click', () => Office.context.ui.messageParent('close'));
});
