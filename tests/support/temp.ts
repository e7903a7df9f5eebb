/**
 * Temporary folders for tests, removed after each test file by the setup (kept apart from
 * the fixture helpers so the setup imports nothing heavy).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const temporary: string[] = [];

/** A new empty temporary folder, removed after the test file by {@link removeTemporary}. */
export async function tempFolder(prefix = "communique-test-"): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(folder);
  return folder;
}

/** Removes every folder {@link tempFolder} made. */
export async function removeTemporary(): Promise<void> {
  await Promise.all(temporary.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}
