// <choice-bar>: labelled native <select>s drawn from one JSON property. The server keeps one element
// and one string per bar instead of a component per item; the browser's own control gives keyboard
// use, a screen reader's label and a phone's picker. A choice bubbles to the server as the native
// "change" event (the select's id and value). A new property updates the selects in place: a select
// that stays keeps its element, so keyboard focus stays on it across the navigation a choice causes.
class ChoiceBar extends HTMLElement {
  connectedCallback() {
    // Flow may have set the property before this element was defined: re-apply it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'choices')) {
      const value = this.choices;
      delete this.choices;
      this.choices = value;
    }
    this.render();
  }

  set choices(json) {
    this._json = json;
    this.render();
  }

  get choices() {
    return this._json;
  }

  /** Draws the choices as the server has them; also puts back a choice the server refused. */
  render() {
    if (!this.isConnected || !this._json) {
      return;
    }
    const choices = JSON.parse(this._json);
    const wanted = new Set(choices.map((choice) => choice.id));
    const drawn = new Map();
    for (const select of this.querySelectorAll('select')) {
      if (wanted.has(select.id)) {
        drawn.set(select.id, select.parentElement);
      } else {
        select.parentElement.remove();
      }
    }
    choices.forEach((choice, index) => {
      const wrapper = drawn.get(choice.id) || this._wrapper(choice.id);
      wrapper.firstChild.textContent = choice.label;
      const select = wrapper.lastChild;
      const options = JSON.stringify(choice.options);
      if (select._options !== options) {
        select.replaceChildren(...choice.options.map(([value, label]) => new Option(label, value)));
        select._options = options;
      }
      select.value = choice.value;
      // moving an element would take its focus: only a new or reordered one is inserted
      if (this.children[index] !== wrapper) {
        this.insertBefore(wrapper, this.children[index] || null);
      }
    });
  }

  _wrapper(id) {
    const wrapper = document.createElement('div');
    wrapper.className = 'choice';
    const label = document.createElement('label');
    label.htmlFor = id;
    const select = document.createElement('select');
    select.id = id;
    wrapper.append(label, select);
    return wrapper;
  }
}

customElements.define('choice-bar', ChoiceBar);
