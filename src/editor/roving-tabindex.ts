/**
 * A toolbar that is one Tab stop, with the arrow keys moving between its
 * buttons (the WAI-ARIA Authoring Practices "toolbar" pattern, a roving
 * tabindex): keyboard users reach the text without tabbing through every
 * button, and the buttons stay one arrow press away. Browser only.
 */

const ITEMS = 'button:not([disabled])';

/** Runs the roving tabindex on a toolbar's buttons; returns the function that stops it. */
export function attachRovingTabIndex(toolbar: HTMLElement): () => void {
  let current = 0;
  const items = (): HTMLElement[] => [...toolbar.querySelectorAll<HTMLElement>(ITEMS)];
  const apply = (): void => {
    const list = items();
    current = Math.min(current, list.length - 1);
    list.forEach((item, index) => {
      const tabIndex = index === Math.max(current, 0) ? 0 : -1;
      if (item.tabIndex !== tabIndex) item.tabIndex = tabIndex;
    });
  };
  const moveTo = (list: HTMLElement[], index: number): void => {
    current = index;
    apply();
    list[index]?.focus();
    list[index]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const list = items();
    const index = list.indexOf(event.target as HTMLElement);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = list.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    moveTo(list, next);
  };
  const onFocusIn = (event: FocusEvent): void => {
    const index = items().indexOf(event.target as HTMLElement);
    if (index >= 0 && index !== current) {
      current = index;
      apply();
    }
  };
  // Buttons come and go (a life story's "Add a photo", a disabled button).
  const observer = new MutationObserver(apply);
  observer.observe(toolbar, { childList: true, subtree: true, attributeFilter: ['disabled'] });
  toolbar.addEventListener('keydown', onKeyDown);
  toolbar.addEventListener('focusin', onFocusIn);
  apply();
  return () => {
    observer.disconnect();
    toolbar.removeEventListener('keydown', onKeyDown);
    toolbar.removeEventListener('focusin', onFocusIn);
  };
}
