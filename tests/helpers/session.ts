import type { TestServer } from "./testServer.js";
import { TEST_PASSWORD } from "./factories.js";

/** Logs in through the API and returns the Cookie header value for later requests. */
export async function login(server: TestServer, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await server.request("/api/auth/login", { method: "POST", json: { email, password } });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`);
  const setCookie = res.headers.get("set-cookie") ?? "";
  const match = /session=([^;]+)/.exec(setCookie);
  if (!match) throw new Error("login returned no session cookie");
  return `session=${match[1]}`;
}

/** Session cookies for every role of a meeting scenario. */
export async function loginAll(server: TestServer, people: Record<"chair" | "secretary" | "member" | "outsider", { email: string }>) {
  return {
    chair: await login(server, people.chair.email),
    secretary: await login(server, people.secretary.email),
    member: await login(server, people.member.email),
    outsider: await login(server, people.outsider.email),
  };
}
