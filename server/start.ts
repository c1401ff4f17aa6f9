import { ensureClientBuilt } from "./clientBuild.js";
import { main } from "./main.js";

// `npm start`: build the client when needed, then run the server (migrate, seed, serve).
ensureClientBuilt()
  .then(main)
  .catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
