import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { ListStatus, useItemList } from '../useItemList';
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
  const { keys, removal, opened, place, newId } = useItemList('cashAccounts', accounts);
  const add = () => {
    const id = newId();
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
      <ListStatus list="cashAccounts" removal={removal} />
      {accounts.length === 0 ? (
        <p className="ed-empty">{m.accounts.empty}</p>
      ) : (
        <ul className="ed-list">
          {accounts.map((account, i) => (
            <CashAccountCard key={keys[i]} place={place(i)} account={account} />
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
