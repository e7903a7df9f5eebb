// Eleventy imports `.eleventy.ts` and the `.11ty.tsx` templates with Node's own loader,
// outside Vite: register tsx so those imports compile as in the CLI.
import { register } from "tsx/esm/api";

register();
