import { useState } from 'react';

const FORMULAS: Record<string, (weightKg: number) => number> = {
  paracetamol: (weightKg) => Math.min(1000, 15 * weightKg),
  ibuprofen: (weightKg) => Math.min(400, 10 * weightKg),
};

export function DoseCalculator() {
  const [weight, setWeight] = useState(70);
  const [drug, setDrug] = useState('paracetamol');
  const formula = FORMULAS[drug];
  return (
    <form>
      <input type="number" value={weight} onChange={(e) => setWeight(Number(e.target.value))} />
      <select value={drug} onChange={(e) => setDrug(e.target.value)}>
        {Object.keys(FORMULAS).map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <output>{formula ? formula(weight) : '—'} mg</output>
    </form>
  );
}

export function CustomDose({ expression }: { expression: string }) {
  const weight = 70;
  const dose = new Function('weight', `return ${expression};`)(weight) as number;
  return <output>{dose} mg</output>;
}
