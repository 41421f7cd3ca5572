import { useEffect } from 'react';
import { useStore } from '../../state/store';

/** Input types where the caret is in text the user is typing. */
const TEXT_INPUTS = new Set([
  'text',
  'search',
  'number',
  'email',
  'tel',
  'url',
  'password',
  'date',
  '',
]);

/**
 * True when the keyboard is in a field that edits text. There Ctrl+Z belongs to the field: the
 * browser undoes the characters just typed, as in any form, and the caret stays where it is.
 * The plan-wide undo would instead jump a whole value back (a burst of typing is one step) or
 * change a different field than the one being edited. The header's Undo / Redo buttons still
 * reach the plan history from anywhere.
 */
export function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** What a key press asks of the plan history, if anything. */
export function historyCommand(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.shiftKey) return 'redo';
  return null;
}

/** Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z and Ctrl+Y redo, across the plan editor. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = historyCommand(e);
      if (!command || e.defaultPrevented || isTextEditing(e.target)) return;
      e.preventDefault();
      const history = useStore.temporal.getState();
      if (command === 'undo') history.undo();
      else history.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
