/** A tiny argument parser: the CLI's contract is small and stable, so no dependency is needed. */
export interface ParsedArgs {
  readonly command: string | null;
  readonly positional: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], valueOptions: ReadonlySet<string>): ParsedArgs {
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
        if (value === undefined || value === "") throw new UsageError(`--${name}`);
        options[name] = value;
      } else {
        if (eq >= 0) throw new UsageError(`--${name}`);
        options[name] = true;
      }
      continue;
    }
    if (arg === "-h") {
      options.help = true;
      continue;
    }
    if (command === null) command = arg;
    else positional.push(arg);
  }
  return { command, positional, options };
}
