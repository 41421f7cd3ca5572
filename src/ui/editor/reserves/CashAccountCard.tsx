import {
  CASH_ACCOUNT_KINDS,
  PLATFORM_GROUPS,
  type CashAccountKind,
  type PlatformGroup,
} from '../../../engine/model';
import { formatMoney } from '../../../i18n/format';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import type { PlanFile } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import { numberField, selectField, textField } from '../../fields/fieldKinds';
import type { FieldSpec } from '../../fields/fieldSpec';
import { ItemCard } from '../ItemCard';
import type { CardPlace } from '../useItemList';

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

/**
 * A cash account's fields (below `['cashAccounts', index]`): name, kind, platform, balance.
 * Choosing a kind also moves the platform to where that kind usually sits.
 */
export function useAccountFields(index: number, account: Account): FieldSpec[] {
  const m = EDITOR[useLang()];
  const d = DOMAIN[useLang()];
  const setField = useStore((s) => s.setField);
  const a = m.accounts;
  return [
    textField('name', a.name, { wide: true }),
    selectField('kind', a.kind, {
      placeholder: m.choose,
      options: CASH_ACCOUNT_KINDS.map((k) => ({ value: k, label: d.accountKind[k] })),
      onChoose: (kind) =>
        setField(['cashAccounts', index], {
          ...account,
          kind,
          platformGroup: GROUP_OF_KIND[kind] ?? account.platformGroup,
        }),
    }),
    selectField('platformGroup', a.platform, {
      hint: a.platformHint,
      placeholder: m.choose,
      options: PLATFORM_GROUPS.map((g) => ({ value: g, label: d.platformGroup[g] })),
    }),
    numberField('balance', a.balance, { prefix: m.units.yuan }),
  ];
}

/** A cash account's card: its kind, platform and balance while closed. */
export function CashAccountCard({ place, account }: { place: CardPlace; account: Account }) {
  const d = DOMAIN[useLang()];
  const lang = useLang();
  return (
    <ItemCard
      place={place}
      name={account.name}
      summary={[
        d.accountKind[account.kind] ?? '',
        d.platformGroup[account.platformGroup] ?? '',
        typeof account.balance === 'number' ? formatMoney(account.balance, lang) : '',
      ]}
      fields={useAccountFields(place.index, account)}
    />
  );
}
