type Env = Readonly<Record<string, string | undefined>>;
export function findChromium(env?: Env): string | null;
export function findSoffice(env?: Env): string | null;
export function hasCjkFont(env?: Env, platform?: NodeJS.Platform): boolean;
export function onPath(env: Env, name: string): string | null;
