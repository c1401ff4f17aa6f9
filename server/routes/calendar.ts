import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import { z } from "zod";
import { authorize } from "../auth/authorize.js";
import { noteAccess } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import { publicUrl } from "../publicUrl.js";
import { generateSessionToken, sessionIdFromToken } from "../auth/session.js";
import { renewCalendarToken } from "../commands/calendarToken.js";
import type { AppDeps, AppEnv } from "../context.js";
import { notFound } from "../errors.js";
import { meetingCalendar } from "../presenters/meetingCalendar.js";
import { isoInstant } from "../presenters/isoInstant.js";
import { meetingPlan } from "../queries/meetingPlan.js";
import { findUserByCalendarToken } from "../queries/users.js";
import { validationHook } from "./validation.js";

const planQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), forumId: z.string().uuid().optional() });
const feedParams = z.object({ token: z.string().regex(/^[a-z2-7]{52}$/), forumId: z.string().uuid().optional() });

/** The mødeplan as JSON, and as private iCalendar feeds that calendar programs subscribe to. */
export function calendarRoutes(deps: AppDeps) {
  const { db } = deps.database;

  const feed = async (c: Context<AppEnv>, token: string, forumId?: string) => {
    const user = await findUserByCalendarToken(db, sessionIdFromToken(token));
    if (!user) throw notFound("Kalenderen");
    // A forum with no meetings yet answers an empty calendar, so a subscription made today works.
    const seat = forumId ? await authorize(db, user, "forum.read", { forumId }) : null;
    // The feed is fetched by a calendar program without a session: the token names the user.
    noteAccess(c, { action: "read", subject: "export", forumId: forumId ?? null, detail: forumId ? "Forummets kalender (ICS)" : "Kalender med alle møder (ICS)", userId: user.id });
    const plan = await meetingPlan(db, user.id, { forumId });
    const origin = publicUrl(deps.env);
    const name = seat ? `Mødebord – ${seat.forumName}` : `Mødebord – ${user.name}`;
    // A meeting with an impossible date (year 9999, "infinity") has no place in a calendar program: it is
    // left out of the feed until corrected, while the plan and the lists show it marked.
    const datable = plan.filter((m) => m.deadlines !== null);
    const body = meetingCalendar(
      name,
      datable.map((m) => ({ ...m, cancelled: m.status === "aflyst", url: `${origin}/m/${m.id}`, agendaDue: m.deadlines!.agendaDue })),
    );
    return c.body(body, 200, { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-cache" });
  };

  const api = new Hono<AppEnv>()
    .get("/plan", zValidator("query", planQuery, validationHook), async (c) => {
      const { user } = requireSession(c);
      const plan = await meetingPlan(db, user.id, c.req.valid("query"));
      return c.json({ meetings: plan.map((m) => ({ ...m, startsAt: isoInstant(m.startsAt), updatedAt: m.updatedAt.toISOString() })) });
    })
    .post("/me/calendar", async (c) => {
      const { user } = requireSession(c);
      // A new token retires the old feed URLs, e.g. after one was shared by mistake.
      const token = generateSessionToken();
      await renewCalendarToken(db, user.id, sessionIdFromToken(token));
      return c.json({ url: `${publicUrl(deps.env)}/ical/${token}.ics`, forumUrl: `${publicUrl(deps.env)}/ical/${token}/{forumId}.ics` }, 201);
    });

  const ical = new Hono<AppEnv>()
    .get("/:file{[a-z2-7]{52}\\.ics}", async (c) => {
      const { token } = feedParams.parse({ token: c.req.param("file").slice(0, -4) });
      return feed(c, token);
    })
    .get("/:token/:file{[0-9a-f-]{36}\\.ics}", zValidator("param", z.object({ token: z.string(), file: z.string() }), validationHook), async (c) => {
      const parsed = feedParams.safeParse({ token: c.req.param("token"), forumId: c.req.param("file").slice(0, -4) });
      if (!parsed.success) throw notFound("Kalenderen");
      return feed(c, parsed.data.token, parsed.data.forumId);
    })
    .all("*", () => {
      throw notFound("Kalenderen");
    });

  return { api, ical };
}
