/** Commands with their Vietnamese name first and short aliases after; `/start` and `/help` for habit. */
export const COMMANDS = {
  start: ["start"],
  help: ["huongdan", "hd", "help", "trogiup"],
  ask: ["hoi", "h"],
  tasks: ["nhiemvu", "nv"],
  deadlines: ["hanchot", "hc"],
  done: ["xong", "x"],
  progress: ["tiendo", "td"],
  documents: ["vanban", "vb"],
  source: ["nguon", "ng"],
  register: ["dangky", "dk"],
  createCode: ["taoma", "tm"],
  members: ["thanhvien", "tv"],
  snooze: ["nhaclai", "nl"],
  remindNow: ["nhacngay"],
  confirmUpload: ["xacnhan", "xn"],
  cancelUpload: ["huy"],
} as const;

export type CommandName = keyof typeof COMMANDS;

const BY_ALIAS = new Map<string, CommandName>(
  Object.entries(COMMANDS).flatMap(([name, aliases]) => aliases.map((a) => [a, name as CommandName])),
);

export interface ParsedCommand {
  name: CommandName | "unknown";
  /** The command as typed, without the slash: "nv". */
  typed: string;
  args: string;
}

/**
 * Reads "/nhiemvu", "/NV", "/xong@TroLyBot 3" or "/hoi Hạn chót…" into a command and its argument text; plain text
 * is not a command (null). Matching is case-insensitive and ignores a Telegram "@botname" suffix.
 *
 * @example
 * parseCommand("/xong 3") // { name: "done", typed: "xong", args: "3" }
 */
export function parseCommand(text: string): ParsedCommand | null {
  const match = /^\/([\p{L}\d_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!match) return null;
  const typed = (match[1] ?? "").toLowerCase();
  return { name: BY_ALIAS.get(typed) ?? "unknown", typed, args: (match[2] ?? "").trim() };
}
