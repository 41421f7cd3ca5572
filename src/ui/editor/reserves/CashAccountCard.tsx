import {
  CASH_ACCOUNT_KINDS,
  PLATFORM_GROUPS,
  type CashAccountKind,
  type PlatformGroup,
} from '../../../engine/model';
import { formatMoney } from '../../../i18n/format';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang, useMessages } from '../../common/useLang';
import type { PlanFile } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import { NumberField, SelectField, TextField } from '../fields/inputs';
import { ItemActions } from '../ItemActions';
import { ItemIssues } from '../ItemIssues';
import { ListCard } from '../ListCard';
import { newId } from '../newId';
import { useIssuesUnder } from '../useIssues';
import type { Removal } from '../useRemoval';

type Account = PlanFile['cashAccounts'][number];

/** The platform an account of this kind usually sits on; `null` keeps the user's choice. */
const GROUP_OF_KIND: Record<CashAccountKind, PlatformGroup | null> = {
  bank: 'bank',
  cash: 'other',
  alipay: 'ant',
  yuebao: 'ant',
  wechat: 'tencent',
  other: null,
};

const SHOWN = new Set(['name', 'kind', 'platformGroup', 'balance']);

type Props = {
  index: number;
  account: Account;
  toggleId: string;
  initiallyOpen: boolean;
  removal: Removal;
  /** Called with the id of a copy just made. */
  onAdded: (id: string) => void;
};

export function CashAccountCard({
  index,
  account,
  toggleId,
  initiallyOpen,
  removal,
  onAdded,
}: Props) {
  const m = useMessages(EDITOR);
  const d = useMessages(DOMAIN);
  const lang = useLang();
  const setField = useStore((s) => s.setField);
  const duplicateItem = useStore((s) => s.duplicateItem);
  const removeItem = useStore((s) => s.removeItem);
  const path = ['cashAccounts', index] as const;
  const issues = useIssuesUnder(path);
  const a = m.accounts;
  const name = typeof account.name === 'string' && account.name !== '' ? account.name : m.untitled;
  const summary = [
    d.accountKind[account.kind] ?? '',
    d.platformGroup[account.platformGroup] ?? '',
    typeof account.balance === 'number' ? formatMoney(account.balance, lang) : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <ListCard
      toggleId={toggleId}
      title={name}
      summary={summary}
      issueCount={issues.length}
      headingLevel={5}
      initiallyOpen={initiallyOpen}
      actions={
        <ItemActions
          name={name}
          onDuplicate={() => {
            const id = newId('account');
            duplicateItem('cashAccounts', index, id);
            onAdded(id);
          }}
          onRemove={() => removal.remove(name, () => removeItem('cashAccounts', index), toggleId)}
        />
      }
    >
      <ItemIssues
        issues={issues}
        prefix={`cashAccounts[${index}]`}
        isShown={(rel) => SHOWN.has(rel)}
      />
      <div className="ed-grid">
        <TextField path={[...path, 'name']} label={a.name} wide />
        <SelectField
          path={[...path, 'kind']}
          label={a.kind}
          placeholder={m.choose}
          options={CASH_ACCOUNT_KINDS.map((k) => ({ value: k, label: d.accountKind[k] }))}
          onChoose={(kind) =>
            setField(path, {
              ...account,
              kind,
              platformGroup: GROUP_OF_KIND[kind] ?? account.platformGroup,
            })
          }
        />
        <SelectField
          path={[...path, 'platformGroup']}
          label={a.platform}
          hint={a.platformHint}
          placeholder={m.choose}
          options={PLATFORM_GROUPS.map((g) => ({ value: g, label: d.platformGroup[g] }))}
        />
        <NumberField path={[...path, 'balance']} label={a.balance} />
      </div>
    </ListCard>
  );
}
