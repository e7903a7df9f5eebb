/**
 * Where Communique's own files are, independent of the project being built: the
 * templates folder is Eleventy's input for every bulletin.
 */
import { fileURLToPath } from "node:url";

/** Absolute path of Communique's templates (Eleventy's input folder). */
export const templatesDir = fileURLToPath(new URL("../templates", import.meta.url));
