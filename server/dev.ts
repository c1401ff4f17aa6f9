import { spawn } from "node:child_process";
import { createServer } from "vite";

// `npm run dev`: the API server restarting on changes, and Vite with hot reload proxying to it.
const api = spawn(process.execPath, ["--import", "tsx", "--watch", "server/main.ts"], { stdio: "inherit", env: process.env });
const vite = await createServer({ configFile: "vite.config.ts" });
await vite.listen();
vite.printUrls();

const stop = async () => {
  api.kill("SIGTERM");
  await vite.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
