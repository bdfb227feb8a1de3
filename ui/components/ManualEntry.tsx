/** Start a case by hand: any tab, no recorder page needed (model and serial from the label). */
import { useState } from 'preact/hooks';
import { BRANDS } from '../../shared/knowledge/brands';
import type { Brand } from '../../shared/knowledge/types';

interface Props {
  onStart: (entry: { brand: Brand; model: string; serial: string }) => void;
}

export function ManualEntry({ onStart }: Props) {
  const [brand, setBrand] = useState<Brand>('Dahua');
  const [model, setModel] = useState('');
  const [serial, setSerial] = useState('');
  const [error, setError] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    if (!model.trim() && !serial.trim()) {
      setError('Enter at least the model or the serial number (both are on the label).');
      return;
    }
    setError('');
    onStart({ brand, model: model.trim(), serial: serial.trim() });
  };

  return (
    <form class="card" onSubmit={submit} aria-label="Enter a device by hand" data-testid="manual-entry">
      <h3>Enter the device by hand</h3>
      <label>
        Brand
        <select value={brand} onChange={(e) => setBrand(e.currentTarget.value as Brand)}>
          {BRANDS.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </select>
      </label>
      <label>
        Model
        <input
          data-testid="manual-model"
          value={model}
          placeholder="e.g. DHI-NVR5232-4KS2"
          onInput={(e) => setModel(e.currentTarget.value)}
        />
      </label>
      <label>
        Serial number
        <input
          data-testid="manual-serial"
          value={serial}
          placeholder="15 letters and digits"
          spellcheck={false}
          onInput={(e) => setSerial(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Start the guide</button>
    </form>
  );
}
