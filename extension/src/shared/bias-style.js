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
 * @param {string | null | undefined} bias
 * @returns {keyof typeof BIAS_NAMES}
 */
export function biasKey(bias) {
  return bias && Object.hasOwn(BIAS_NAMES, bias) ? /** @type {keyof typeof BIAS_NAMES} */ (bias) : 'unrated';
}
