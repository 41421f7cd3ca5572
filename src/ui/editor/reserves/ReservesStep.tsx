import { useState } from 'react';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { FieldError } from '../../common/FieldError';
import { useFieldIssue } from '../../common/useFieldIssue';
import { cardToggleId, focusCardInput, itemKeys } from '../listKeys';
import { newId } from '../newId';
import { RemovedStatus } from '../RemovedStatus';
import { useRemoval } from '../useRemoval';
import { BusinessFields } from './BusinessFields';
import { CashAccountCard } from './CashAccountCard';
import { LockIcon } from './LockIcon';
import { PaymentOrderField } from './PaymentOrderField';
import { ProfileFields } from './ProfileFields';

/** Step 1: business settings and the cash held today, by platform. */
export function ReservesStep() {
  const m = EDITOR[useLang()];
  const accounts = useStore((s) => s.draft.cashAccounts);
  const insertItem = useStore((s) => s.insertItem);
  const listIssue = useFieldIssue(['cashAccounts']);
  const removal = useRemoval();
  const [added, setAdded] = useState<string | null>(null);
  const keys = itemKeys(accounts);

  const opened = (id: string) => {
    setAdded(`id:${id}`);
    focusCardInput(cardToggleId('account', `id:${id}`));
  };
  const add = () => {
    const id = newId('account');
    insertItem('cashAccounts', { id, name: '', kind: 'bank', platformGroup: 'bank', balance: 0 });
    opened(id);
  };

  return (
    <>
      <h4>{m.business.heading}</h4>
      <BusinessFields />
      <ProfileFields />
      <h4>{m.accounts.heading}</h4>
      <p className="ed-note">
        <LockIcon />
        {m.accounts.lockNote}
      </p>
      <FieldError id="ed-accounts-error" issue={listIssue} />
      <RemovedStatus removal={removal} />
      {accounts.length === 0 ? (
        <p className="ed-empty">{m.accounts.empty}</p>
      ) : (
        <ul className="ed-list">
          {accounts.map((account, i) => (
            <CashAccountCard
              key={keys[i]}
              index={i}
              account={account}
              toggleId={cardToggleId('account', keys[i]!)}
              initiallyOpen={keys[i] === added}
              removal={removal}
              onAdded={opened}
            />
          ))}
        </ul>
      )}
      <button type="button" className="ed-add" onClick={add}>
        <span aria-hidden="true">+ </span>
        {m.accounts.add}
      </button>
      <PaymentOrderField />
    </>
  );
}
