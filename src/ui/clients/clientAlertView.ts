import type { Lang } from '../../i18n/lang';
import { CLIENT_ALERTS } from '../../i18n/messages/clientAlerts';
import { CLIENTS } from '../../i18n/messages/clients';
import { alertKey, type ClientAlert } from '../../state/clientSession/sessionState';
import { clientLabel } from './clientLabel';

/** Repaired fields named in the message; the rest are counted. */
const FIELDS_SHOWN = 5;

/** One alert as shown: its words, and what the user can do about it. */
export type AlertView = {
  key: string;
  title: string;
  text: string;
  /** Storage key of data whose plan file can be downloaded. */
  downloadFrom?: string;
  /** A client file that can be opened. */
  open?: string;
};

/**
 * What to show for a client-file alert, in the reader's language.
 * @example alertView({ kind: 'list_repaired', listed: 2, dropped: 0 }, 'en').title // 'The client list was repaired'
 */
export function alertView(alert: ClientAlert, lang: Lang): AlertView {
  const m = CLIENT_ALERTS[lang];
  const key = alertKey(alert);
  const name = (file: { name: string; businessName: string }) =>
    clientLabel(file, lang, CLIENTS[lang].untitled);
  switch (alert.kind) {
    case 'list_repaired':
      return {
        key,
        title: m.listRepairedTitle,
        text: [m.listRepaired(alert.listed), alert.dropped > 0 ? m.listDropped(alert.dropped) : '']
          .filter(Boolean)
          .join(' '),
      };
    case 'draft_repaired': {
      const fields = alert.repaired.map((path) => (path === '' ? m.wholeDraft : path));
      const shown = fields.slice(0, FIELDS_SHOWN);
      return {
        key,
        title: m.draftRepairedTitle(name(alert.file)),
        text: m.draftRepaired(fields.length, m.fieldList(shown, fields.length - shown.length)),
        downloadFrom: alert.keptAs,
      };
    }
    case 'too_new':
      return {
        key,
        title: m.tooNewTitle(name(alert.file)),
        text: m.tooNew,
        downloadFrom: alert.key,
      };
    case 'edit_kept':
      return { key, title: m.editKept(name(alert.file)), text: '', open: alert.id };
    default: {
      const never: never = alert;
      return never;
    }
  }
}
