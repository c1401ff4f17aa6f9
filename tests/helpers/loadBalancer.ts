import { createConnection, createServer, type Socket } from "node:net";

/** A TCP load balancer in front of several server processes, as a reverse proxy would be in production. */
export interface LoadBalancer {
  url: string;
  close(): Promise<void>;
}

/**
 * Passes each connection to the next backend port in turn that accepts it;
 * one that refuses (a killed node) is skipped, so clients reconnect to the
 * survivors, as behind a proxy with health checks.
 */
export async function startLoadBalancer(backends: () => number[]): Promise<LoadBalancer> {
  let next = 0;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    client.pause();
    const ports = backends();
    const tryBackend = (attempt: number) => {
      if (attempt >= ports.length) return client.destroy();
      const port = ports[next++ % ports.length];
      const upstream = createConnection({ host: "127.0.0.1", port });
      upstream.once("error", () => tryBackend(attempt + 1));
      upstream.once("connect", () => {
        upstream.removeAllListeners("error");
        open.add(upstream);
        upstream.on("close", () => open.delete(upstream));
        client.pipe(upstream).pipe(client);
        client.resume();
        const end = () => {
          client.destroy();
          upstream.destroy();
        };
        upstream.on("error", end);
        client.on("error", end);
        upstream.on("close", end);
        client.on("close", end);
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        open.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
