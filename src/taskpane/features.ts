/** Buttons that can be hidden, for a deployment that wants the checker alone. */
export interface FeatureFlags {
  readonly fillTemplate: boolean;
  readonly makeSummary: boolean;
}

export const FEATURES: FeatureFlags = {
  fillTemplate: true,
  makeSummary: true,
};
