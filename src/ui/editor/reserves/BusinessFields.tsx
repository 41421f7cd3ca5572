import { EDITOR } from '../../../i18n/messages/editor';
import { useMessages } from '../../common/useLang';
import { DateField, NumberField, TextField } from '../fields/inputs';

/** Name, start date, horizon and minimum cash buffer. */
export function BusinessFields() {
  const m = useMessages(EDITOR).business;
  return (
    <div className="ed-grid">
      <TextField path={['business', 'name']} label={m.name} wide />
      <DateField path={['business', 'startDate']} label={m.startDate} hint={m.startHint} />
      <NumberField path={['business', 'horizonDays']} label={m.horizon} hint={m.horizonHint} />
      <NumberField path={['business', 'minCashBuffer']} label={m.buffer} hint={m.bufferHint} />
    </div>
  );
}
