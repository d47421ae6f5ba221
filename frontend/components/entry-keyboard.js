// Keyboard and paste for the entry sheet, installed on the view's element by EntryView. Enter moves
// to the cell below (Shift+Enter above) in the same district's column, as in a spreadsheet; a block
// pasted from Excel (tabs or line breaks in the text) goes to the server, which fills the cells it
// covers from the one pasted into. A single value pastes into its field as usual.

const field = (event) => event.target.closest && event.target.closest('vaadin-text-field[data-row]');

function installEntryKeyboard(host) {
  host.addEventListener('keydown', (event) => {
    const from = field(event);
    if (!from || event.key !== 'Enter') return;
    const row = +from.dataset.row + (event.shiftKey ? -1 : 1);
    const next = host.querySelector(`vaadin-text-field[data-row="${row}"][data-col="${from.dataset.col}"]`);
    // once the keydown has been handled where it happened
    if (next) setTimeout(() => next.focus(), 0);
  });
  host.addEventListener('paste', (event) => {
    const into = field(event);
    const text = event.clipboardData && event.clipboardData.getData('text/plain');
    // Excel ends a copied block with a line break: one cell copied is still a single value
    if (!into || !text || !/[\t\n]/.test(text.replace(/\n$/, ''))) return;
    event.preventDefault();
    host.$server.paste(+into.dataset.row, +into.dataset.col, text);
  });
}

window.minsheng = Object.assign(window.minsheng || {}, { installEntryKeyboard });
