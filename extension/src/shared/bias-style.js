// @ts-check
/** Colours and names for the five-point scale; every colour keeps white text at a contrast of 4.5:1 or more. */
export const BIAS_COLORS = Object.freeze({
  'left': '#1d4ed8',
  'lean-left': '#2563eb',
  'center': '#52525b',
  'lean-right': '#dc2626',
  'right': '#991b1b',
  'unrated': '#6b7280',
});

export const BIAS_NAMES = Object.freeze({
  'left': 'Left',
  'lean-left': 'Lean Left',
  'center': 'Center',
  'lean-right': 'Lean Right',
  'right': 'Right',
  'unrated': 'Unrated',
});

/**
 * Any spelling of a label → kebab-case: "LeanLeft", "Lean Left", "lean_left" → "lean-left"; "VeryHigh" → "very-high".
 * @param {string | null | undefined} label
 */
export function kebabLabel(label) {
  if (!label) return '';
  return label.trim().replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[\s_]+/g, '-').toLowerCase();
}

/**
 * @param {string | null | undefined} bias
 * @returns {keyof typeof BIAS_NAMES}
 */
export function biasKey(bias) {
  const key = kebabLabel(bias);
  return key && Object.hasOwn(BIAS_NAMES, key) ? /** @type {keyof typeof BIAS_NAMES} */ (key) : 'unrated';
}
