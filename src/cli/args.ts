/** A tiny argument parser: the CLI's contract is small and stable, so no dependency is needed. */
export interface ParsedArgs {
  readonly command: string | null;
  readonly positional: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

export class UsageError extends Error {}

/**
 * `valueOptions` take a value, `flagOptions` do not; any other option is a usage error, so a
 * misspelt option (`--anotate x.xlsx`) never turns its value into an input.
 */
export function parseArgs(argv: readonly string[], valueOptions: ReadonlySet<string>, flagOptions: ReadonlySet<string>): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (valueOptions.has(name)) {
        const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === "") throw new UsageError(`--${name} 需要一个值 / needs a value`);
        options[name] = value;
      } else if (flagOptions.has(name)) {
        if (eq >= 0) throw new UsageError(`--${name} 不带值 / takes no value`);
        options[name] = true;
      } else {
        throw new UsageError(`未知选项 / unknown option: --${name}`);
      }
      continue;
    }
    if (arg === "-h") {
      options.help = true;
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1) throw new UsageError(`未知选项 / unknown option: ${arg}`);
    if (command === null) command = arg;
    else positional.push(arg);
  }
  return { command, positional, options };
}

/** A name Excel accepts for a sheet: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe, not History. */
export function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/u.test(name) && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}
