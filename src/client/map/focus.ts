/**
 * Keyboard focus for the parts of the map that open and close: the « Filtres » box (a native
 * <details>) and the territory panel (a bottom sheet on phones). Opening moves focus into the
 * part, Escape or its close button closes it and puts focus back where the reader was, so a
 * keyboard or screen-reader reader never has to hunt for where they are.
 */

/** Whether an element can take focus again (still in the page, not hidden). */
function focusable(el: Element | null): el is HTMLElement | SVGElement {
  return !!el && el.isConnected && typeof (el as HTMLElement).focus === 'function' && el.getClientRects().length > 0;
}

/** Focus `el` if it can take it, else `fallback`. */
export function restoreFocus(el: Element | null, fallback?: () => HTMLElement | null | undefined): void {
  if (focusable(el)) (el as HTMLElement).focus();
  else fallback?.()?.focus();
}

/**
 * « Filtres »: opening the box moves focus to its first field; Escape inside it, or its
 * « Fermer » button (shown only with JavaScript, since without it the box closes by its own
 * summary), closes it and gives focus back to the summary.
 */
export function manageFiltersFocus(box: HTMLDetailsElement, signal: AbortSignal): void {
  const summary = box.querySelector('summary');
  const close = box.querySelector<HTMLButtonElement>('[data-map-filters-close]');
  if (!summary) return;
  const shut = () => {
    box.open = false;
    summary.focus();
  };
  if (close) {
    close.hidden = false;
    close.addEventListener('click', shut, { signal });
  }
  box.addEventListener(
    'toggle',
    () => {
      // Only when the reader opened it from the summary (not when a script restores a state).
      if (box.open && document.activeElement === summary)
        box.querySelector<HTMLElement>('input, select, button:not([hidden])')?.focus();
    },
    { signal },
  );
  box.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && box.open) {
        e.preventDefault();
        shut();
      }
    },
    { signal },
  );
}

/**
 * The territory panel: `opened` moves focus to its heading (announced with its name) and
 * remembers where the reader was; `closed` puts focus back there (or on `fallback`, e.g. the
 * territory's button in the list when the point clicked on the map is gone).
 */
export function panelFocus(panel: HTMLElement) {
  let returnTo: Element | null = null;
  return {
    opened(): void {
      const active = document.activeElement;
      if (!panel.contains(active)) returnTo = active && active !== document.body ? active : null;
      const heading = panel.querySelector<HTMLElement>('h3');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    },
    closed(fallback?: () => HTMLElement | null | undefined): void {
      const target = returnTo;
      returnTo = null;
      restoreFocus(target, fallback);
    },
  };
}
