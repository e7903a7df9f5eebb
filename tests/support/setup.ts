// Runs before every test file. Eleventy imports `.eleventy.ts` and the `.11ty.tsx` templates
// with Node's own loader, outside Vite: register tsx so those imports compile as in the CLI.
import { register } from "tsx/esm/api";
import { afterAll } from "vitest";
import { removeTemporary } from "./temp";

register();

// Fixture sites and outputs live in temporary folders; none outlives its test file.
afterAll(removeTemporary);
