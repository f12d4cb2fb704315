// Removes a data directory (a throwaway embedded database) so a run starts clean.
import { rmSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(process.argv[2] ?? "");
if (!dir.startsWith(path.resolve(".data") + path.sep)) throw new Error(`refusing to delete ${dir}: only folders under .data/`);
rmSync(dir, { recursive: true, force: true });
