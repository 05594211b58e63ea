export { CONFIG_BOUNDS, PROFILES, RULE_SETTINGS, configProblemText, configToStore, isProfile, isSatisfactionFloor, isWeightTotal, parseCheckConfig } from "./parse-config";
export type { ConfigProblem, ConfigProblemKind, ParsedConfig } from "./parse-config";
