export interface Args {
  command: string;
  files: string[];
  flags: Map<string, string | true>;
}

const VALUED = new Set([
  "--level",
  "--rules",
  "--out",
  "--xlsx",
  "--runs",
  "--port",
  "--audit",
  "--addressee",
  "--office",
  "--date",
  "--inspector",
]);

/** `cmd [--flag] [--opt value] FILE...` */
export function parseArgs(argv: string[]): Args {
  const [command = "help", ...rest] = argv;
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) flags.set(a.slice(0, eq), a.slice(eq + 1));
      else if (VALUED.has(a)) flags.set(a, rest[++i] ?? "");
      else flags.set(a, true);
    } else files.push(a);
  }
  return { command, files, flags };
}
