import { useId } from 'react';
import { PAYMENT_ORDERS, type PaymentOrder } from '../../../engine/model';
import { CREDIT_TERMS } from '../../../i18n/messages/creditTerms';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { useDraftValue } from '../../fields/form';
import './paymentOrder.css';

const isOrder = (x: unknown): x is PaymentOrder => PAYMENT_ORDERS.some((o) => o === x);

/**
 * "Which account pays your suppliers first?": the plan's payment order, with why the bank-first
 * default is the cautious one. An absent order is the default and shows as chosen.
 */
export function PaymentOrderField() {
  const m = CREDIT_TERMS[useLang()].paymentOrder;
  const id = useId();
  const setField = useStore((s) => s.setField);
  const stored = useDraftValue(['business', 'paymentOrder']);
  const current: PaymentOrder = isOrder(stored) ? stored : 'bank_first';
  return (
    <fieldset className="ed-fieldset ed-pay-order" aria-describedby={`${id}-why`}>
      <legend>{m.label}</legend>
      {PAYMENT_ORDERS.map((order) => (
        <label key={order} className="ed-pay-option">
          <input
            type="radio"
            name={`${id}-order`}
            value={order}
            checked={current === order}
            onChange={() => setField(['business', 'paymentOrder'], order)}
          />
          <span>
            {m.option[order]}
            {order === 'bank_first' && <span className="ed-pay-default"> {m.defaultNote}</span>}
          </span>
        </label>
      ))}
      <p id={`${id}-why`} className="field-hint">
        {m.why}
      </p>
    </fieldset>
  );
}
