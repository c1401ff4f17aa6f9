import type { Hook } from "@hono/zod-validator";
import { AppError } from "../errors.js";

/** Turns a zod failure into the common error shape with a 400 and the first problem named. */
export const validationHook: Hook<unknown, any, any> = (result) => {
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new AppError(400, "invalid_request", `Ugyldig forespørgsel. ${where}${issue?.message ?? ""}`.trim());
  }
};
