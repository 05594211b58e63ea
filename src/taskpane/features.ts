/** Buttons whose work lands with later issues; each stays hidden until its flag is turned on. */
export interface FeatureFlags {
  readonly fillTemplate: boolean;
  readonly makeSummary: boolean;
}

export const FEATURES: FeatureFlags = {
  fillTemplate: false,
  makeSummary: false,
};
