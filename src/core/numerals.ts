/** Roman numerals, as outline labels (“IV.”) and Word's upperRoman numbering write them. */
const romanParts: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 14 → "XIV". */
export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, symbol] of romanParts) while (rest >= value) (out += symbol), (rest -= value);
  return out;
}
