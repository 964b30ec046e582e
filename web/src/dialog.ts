// Modal dialogs on <dialog>: a question with buttons, optionally with an input or a select.
// Esc or Cancel resolves to null. A dialog with a dangerous action opens on Cancel.
import { button, el } from './dom';
import { t } from './i18n';

export interface Action {
  label: string;
  value: string;
  kind?: 'primary' | 'danger' | 'ghost';
  testid?: string;
}

export interface DialogOptions {
  title: string;
  body?: (Node | string)[];
  actions: Action[];
  /** An input (text) whose value is returned instead of the action's value. */
  input?: { label: string; value?: string; placeholder?: string; testid?: string; required?: boolean };
  select?: { label: string; options: { value: string; label: string }[]; value?: string; testid?: string };
  testid?: string;
  wide?: boolean;
}

export function openDialog(options: DialogOptions): Promise<{ action: string; value: string } | null> {
  const dialog = el('dialog', `dialog${options.wide ? ' wide' : ''}`);
  dialog.dataset.testid = options.testid ?? 'dialog';
  const form = el('form', 'dialog-form');
  form.method = 'dialog';
  const title = el('h2', 'dialog-title', options.title);
  title.id = `dialog-title-${Date.now()}`;
  dialog.setAttribute('aria-labelledby', title.id);
  form.append(title);
  const body = el('div', 'dialog-body');
  for (const part of options.body ?? []) body.append(typeof part === 'string' ? el('p', undefined, part) : part);
  form.append(body);

  let field: HTMLInputElement | HTMLSelectElement | undefined;
  if (options.input) {
    const label = el('label', 'field');
    label.append(el('span', 'field-label', options.input.label));
    const input = el('input', 'input');
    input.type = 'text';
    input.value = options.input.value ?? '';
    input.placeholder = options.input.placeholder ?? '';
    input.dataset.testid = options.input.testid ?? 'dialog-input';
    input.spellcheck = false;
    input.autocomplete = 'off';
    label.append(input);
    form.append(label);
    field = input;
  } else if (options.select) {
    const label = el('label', 'field');
    label.append(el('span', 'field-label', options.select.label));
    const select = el('select', 'select');
    select.dataset.testid = options.select.testid ?? 'dialog-select';
    for (const option of options.select.options) {
      const o = el('option', undefined, option.label);
      o.value = option.value;
      select.append(o);
    }
    if (options.select.value !== undefined) select.value = options.select.value;
    label.append(select);
    form.append(label);
    field = select;
  }

  const actions = el('div', 'dialog-actions');
  const cancel = button(t('dialog.cancel'), 'btn ghost');
  cancel.dataset.testid = 'dialog-cancel';
  actions.append(cancel);
  const buttons: HTMLButtonElement[] = [];
  for (const action of options.actions) {
    const b = button(action.label, `btn ${action.kind ?? 'primary'}`);
    b.type = 'submit';
    b.value = action.value;
    b.dataset.testid = action.testid ?? `dialog-${action.value}`;
    buttons.push(b);
    actions.append(b);
  }
  form.append(actions);
  dialog.append(form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: { action: string; value: string } | null) => {
      if (settled) return;
      settled = true;
      dialog.close();
      dialog.remove();
      resolve(result);
    };
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
      const action = submitter?.value || options.actions[0]?.value || 'ok';
      const value = field ? field.value : '';
      if (options.input?.required && !value.trim()) {
        field?.focus();
        return;
      }
      finish({ action, value });
    });
    dialog.showModal();
    if (field) {
      field.focus();
      if (field instanceof HTMLInputElement) field.select();
    } else if (options.actions.some((action) => action.kind === 'danger')) {
      // A dangerous choice is never the default: Enter on an open dialog keeps things as they are.
      cancel.focus();
    } else buttons[buttons.length - 1]?.focus();
  });
}
