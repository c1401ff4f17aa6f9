import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { organisations } from "../../db/schema/index.js";
import type { Sector } from "../../shared/region/vocabulary.js";
import type { Role } from "../auth/roles.js";
import { AppError } from "../errors.js";

/** What a seat is asked for: the role, and optionally the organisation and sector it sits for. */
export interface SeatRequest {
  role: Role;
  organisationId?: string | null;
  sector?: Sector | null;
}

/** A seat's organisation and sector once checked. */
export interface SeatTerms {
  organisationId: string | null;
  sector: Sector | null;
}

/** The 400 for a chair seat with no sector given and none to take from its organisation. */
export const sectorRequired = () => new AppError(400, "sector_required", "Angiv hvilken sektor formanden sidder for (kommune, region, almen praksis eller andet).");

/** The sector of an organisation of the region; 400 when the organisation is not one of the region's. */
export async function regionOrganisationSector(db: Db, regionId: string, organisationId: string): Promise<Sector | null> {
  const [org] = await db.select({ sector: organisations.sector }).from(organisations).where(and(eq(organisations.id, organisationId), eq(organisations.regionId, regionId)));
  if (!org) throw new AppError(400, "organisation_outside_region", "Organisationen hører ikke til forummets region.");
  return org.sector;
}

/**
 * Checks a seat's terms against the forum's region: the organisation must
 * be one of the region's, the sector defaults to the organisation's, and a
 * chair must sit for a sector (the kommissorium names one chair per sector).
 */
export async function seatTerms(db: Db, regionId: string, request: SeatRequest): Promise<SeatTerms> {
  const organisationId = request.organisationId ?? null;
  const orgSector = organisationId ? await regionOrganisationSector(db, regionId, organisationId) : null;
  const sector = request.sector ?? orgSector;
  if (request.role === "chair" && !sector) throw sectorRequired();
  return { organisationId, sector };
}
