import { createContext, useContext } from 'react';
import { describeIssue } from '../../io/issueText';
import { getAt, pathKey, type Path } from '../../state/draftPath';
import { useStore } from '../../state/store';
import { useLang } from '../common/useLang';

/**
 * What a field reads and writes, whichever form holds it: the plan editor's fields live in the
 * store's draft and are checked by the plan schema as they are typed; the guided start's live in
 * its own answers and are checked when Next is pressed. A field asks its form (`useFormField`) and
 * lays itself out, reads an amount and shows its problem the same way in both.
 */
export type FieldBinding = {
  /** The stored value (anything: a hand-edited file, or text kept as typed). */
  value: unknown;
  set: (value: unknown) => void;
  /** The field's problem, in the reader's language, shown under it; undefined when none. */
  error: string | undefined;
  /** The control's id, when the form must find it (to focus the first problem); else generated. */
  id?: string;
  /**
   * The form keeps a number box's text as typed and reads it on submit (the guided start), instead
   * of storing the number read from it (the editor; the schema then refuses what is not one).
   */
  keepsText?: boolean;
};

/** A form: how a field at `path` is bound. Called as a hook, once per field, in a stable order. */
export type Form = { useField: (path: Path) => FieldBinding };

/** The plan draft in the store: the value at `path`, and the schema's issue at that path. */
export function useDraftValue(path: Path): unknown {
  return useStore((s) => getAt(s.draft, path));
}

function useDraftField(path: Path): FieldBinding {
  const key = pathKey(path);
  const lang = useLang();
  const value = useDraftValue(path);
  const issue = useStore((s) => s.issues.find((i) => i.path === key));
  const setField = useStore((s) => s.setField);
  return {
    value,
    set: (v) => setField(path, v),
    error: issue ? describeIssue(issue, lang) : undefined,
  };
}

/** The editor's form, and the default: every field not inside another form edits the plan. */
export const DRAFT_FORM: Form = { useField: useDraftField };

export const FormContext = createContext<Form>(DRAFT_FORM);

/** The binding of the field at `path` in the form around it. */
export function useFormField(path: Path): FieldBinding {
  return useContext(FormContext).useField(path);
}
