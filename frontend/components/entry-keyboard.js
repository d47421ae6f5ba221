// Keyboard and paste for the entry sheet, installed on the view's element by EntryView. Enter moves
// to the cell below (Shift+Enter above) in the same district's column, as in a spreadsheet, except
// from a corrected value still lacking its reason, which goes to that reason; a block
// pasted from Excel (tabs or line breaks in the text) goes to the server, which fills the cells it
// covers from the one pasted into. A single value pastes into its field as usual.

const field = (event) => event.target.closest && event.target.closest('vaadin-text-field[data-row]');

// A value or explanation field holding something other than what was stored (data-saved, set by
// CellEditor): typed and not yet sent, or sent and refused, such as a correction still waiting for its
// reason or a number typed as the explanation.
const unsaved = (value) => value.dataset.saved !== undefined && value.value.trim() !== value.dataset.saved;

// The reason field of a correction whose value was changed and whose reason is still empty: Enter on
// such a value goes there, not to the next indicator, where the reason typed next used to land.
function reasonWaiting(from) {
  const reason = from.closest('.cell-editor')?.querySelector('vaadin-text-field.cell-correction');
  return reason && !reason.hidden && !reason.value.trim() && unsaved(from) ? reason : null;
}

// Once for the page: a reload or a closed tab while a value of the sheet is unsaved asks first, as the
// browser does it (the text is the browser's own). Leaving for another view is asked by EntryView.
function warnBeforeUnload() {
  if (window.minsheng?.entryUnloadWarning) return;
  window.addEventListener('beforeunload', (event) => {
    const fields = '.cell-editor vaadin-text-field.cell-value, .cell-editor vaadin-text-field.cell-explanation';
    if ([...document.querySelectorAll(fields)].some(unsaved)) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  window.minsheng = Object.assign(window.minsheng || {}, { entryUnloadWarning: true });
}

// A warning found by the save of a cell the user has left asks for its explanation: the keyboard goes
// there, unless the user has begun typing in another field meanwhile. Pulled back mid-number, a fast
// typist's 900 was saved as 9 in one cell and its 00 landed in the other's explanation.
function askExplanation(explanation) {
  const active = document.activeElement?.closest?.('vaadin-text-field');
  if (active && active !== explanation) {
    const saved = active.dataset.saved ?? '';
    if (active.value.trim() !== saved) return;
  }
  explanation.focus();
}

// Enter in an explanation moves on as Enter in a value does: to the next indicator's value.
function valueOf(explanation) {
  return explanation.closest('.cell-editor')?.querySelector('vaadin-text-field[data-row]');
}

function installEntryKeyboard(host) {
  warnBeforeUnload();
  host.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const explanation = event.target.closest && event.target.closest('vaadin-text-field.cell-explanation');
    const from = field(event) || (explanation && valueOf(explanation));
    if (!from) return;
    const reason = explanation ? null : reasonWaiting(from);
    if (reason) {
      setTimeout(() => reason.focus(), 0);
      return;
    }
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

window.minsheng = Object.assign(window.minsheng || {}, { installEntryKeyboard, askExplanation });
