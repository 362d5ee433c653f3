/**
 * Shows the schema's French messages next to the fields of the editing interface's form (the
 * CMS's own save error is generic), and a summary at the top of the page for screen readers.
 */
import type { FieldProblem } from './validate.ts';

const MARK = 'data-ctai-error';

export function clearFieldErrors(root: ParentNode = document): void {
  root.querySelectorAll(`[${MARK}]`).forEach((el) => el.remove());
}

/** The form section of a field: its own path, or the closest parent path the form shows. */
function fieldSection(path: string): Element | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    const el = document.querySelector(`[data-key-path="${CSS.escape(key)}"]`);
    if (el) return el;
  }
  return null;
}

export function showFieldErrors(problems: readonly FieldProblem[], labelOf: (path: string) => string): void {
  clearFieldErrors();
  for (const p of problems) {
    const section = fieldSection(p.field);
    if (!section) continue;
    const note = document.createElement('p');
    note.setAttribute(MARK, p.field);
    note.className = 'ctai-field-error';
    note.textContent = `${labelOf(p.field)} : ${p.message}`;
    section.prepend(note);
  }
  const summary = document.createElement('div');
  summary.setAttribute(MARK, '(résumé)');
  summary.setAttribute('role', 'alert');
  summary.className = 'ctai-error-summary';
  const title = document.createElement('p');
  title.textContent = 'Enregistrement refusé : corrigez ces champs.';
  const list = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    li.textContent = `${labelOf(p.field)} : ${p.message}`;
    list.append(li);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Fermer';
  close.addEventListener('click', () => summary.remove());
  summary.append(title, list, close);
  document.body.append(summary);
}
