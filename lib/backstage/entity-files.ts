import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Reads the files a Backstage catalog points at (Location targets, `$text`/`$openapi` placeholders) from one
 * directory tree. Nothing outside the root is read and nothing is fetched from the network (decision 060): a
 * catalog file is input from whoever wrote it, so a target such as `../../etc/passwd` or an internal URL must not
 * make the portal read or request it.
 */
export interface EntityFileReader {
  /** The path of `target` as written in `from` (a path relative to the root), relative to the root; throws why not. */
  resolve(from: string, target: string): string;
  /** The text of a file, by its path relative to the root. */
  read(file: string): Promise<string>;
}

export class TargetRefused extends Error {}

/** The largest file a catalog may point at: an OpenAPI document of a large API stays well under it. */
export const MAX_ENTITY_FILE_BYTES = 5 * 1024 * 1024;

export function directoryReader(root: string): EntityFileReader {
  const base = path.resolve(root);
  const inside = (absolute: string) => absolute === base || absolute.startsWith(base + path.sep);
  return {
    resolve(from, target) {
      let absolute: string;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        if (!/^file:/i.test(target)) throw new TargetRefused(`${target} is not read: only files inside the location are, never network addresses.`);
        absolute = path.resolve(fileURLToPath(target));
      } else {
        absolute = path.resolve(base, path.dirname(from), target);
      }
      if (!inside(absolute)) throw new TargetRefused(`${target} is outside the location's directory; only files inside it are read.`);
      return path.relative(base, absolute).split(path.sep).join("/");
    },
    async read(file) {
      const absolute = path.resolve(base, file);
      // A symbolic link inside the tree could point anywhere: the real path must still be inside the real root.
      const [real, realBase] = await Promise.all([realpath(absolute), realpath(base)]);
      if (real !== realBase && !real.startsWith(realBase + path.sep)) throw new TargetRefused(`${file} links outside the location's directory.`);
      const text = await readFile(real, "utf8");
      if (Buffer.byteLength(text) > MAX_ENTITY_FILE_BYTES) throw new TargetRefused(`${file} is larger than ${MAX_ENTITY_FILE_BYTES} bytes.`);
      return text;
    },
  };
}
