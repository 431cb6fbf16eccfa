// "Copy citation" on case pages. Copies the citation shown above the button as plain text and
// as HTML (so that a word processor keeps the case name in italics). The button stays hidden
// where there is no JavaScript or no clipboard: the citation can still be selected and copied.
for (const button of document.querySelectorAll('button[data-copy-from]')) {
  const source = document.getElementById(button.dataset.copyFrom);
  const status = document.getElementById(button.dataset.status);
  if (!source || !status || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = source.textContent.replace(/\s+/g, ' ').trim();
    try {
      if (window.ClipboardItem) {
        const html = `<span>${source.innerHTML}</span>`;
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
        ]);
      } else await navigator.clipboard.writeText(text);
      status.textContent = button.dataset.copied;
    } catch {
      status.textContent = button.dataset.failed;
    }
  });
}
