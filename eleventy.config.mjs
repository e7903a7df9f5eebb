// Guard: Eleventy looks for this file when it is run without `--config=.eleventy.ts`,
// and would otherwise build the folder with its own defaults, silently.
throw new Error("Communique is built with `npm run build` (or `npm start`); its Eleventy config is .eleventy.ts.");
