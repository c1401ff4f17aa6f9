import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMeetingTime } from "../../format/date.js";
import { useResource } from "../../http/useResource.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { currentLanguage } from "../../i18n/index.js";
import { roleLabel } from "../Forum/forumLabels.js";
import { adminErrorMessage } from "./adminErrors.js";
import { ROLES, type AdminForum, type Role } from "./adminApi.js";
import { InviteForm } from "./InviteForm.js";
import { changeSeat, fetchMembers, removeMember, type Member } from "./membersApi.js";
import { SectorSelect } from "./SectorSelect.js";

/**
 * Who sits in a forum: each member's role and sector (changed in place) and
 * removal, open invitations under the name the admin typed, and the form to
 * seat or invite someone.
 */
export function MembersPanel({ forum }: { forum: AdminForum }) {
  const { t } = useTranslation();
  const members = useResource((signal) => fetchMembers(forum.id, signal), forum.id);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
      members.reload();
    } catch (failure) {
      setError(adminErrorMessage(failure, t));
    }
  };
  const remove = (member: Member) => {
    if (window.confirm(t("admin.members.confirmRemove", { name: member.name, forum: forum.name }))) void run(() => removeMember(forum.id, member.userId));
  };

  return (
    <div className="members" data-testid="members-panel">
      <h4>{t("admin.members.title", { forum: forum.name })}</h4>
      {members.state.status === "loading" && <p role="status">{t("admin.members.loading")}</p>}
      {members.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(members.state.error, t)}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {members.state.status === "done" && (
        <>
          {members.state.data.members.length === 0 && <p className="empty-state">{t("admin.members.empty")}</p>}
          <ul className="member-list">
            {members.state.data.members.map((member) => (
              <li key={member.userId} className="member-list__row">
                <span>
                  <strong>{member.name}</strong> <span className="muted">{member.email}</span>
                  {member.organisation && <span className="muted"> · {member.organisation}</span>}
                </span>
                <select aria-label={t("admin.members.roleOf", { name: member.name })} value={member.role} onChange={(e) => run(() => changeSeat(forum.id, member.userId, { role: e.target.value as Role }))}>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(role, t)}
                    </option>
                  ))}
                </select>
                <SectorSelect
                  label={t("admin.members.sectorOf", { name: member.name })}
                  visibleLabel={false}
                  value={member.sector}
                  onChange={(sector) => run(() => changeSeat(forum.id, member.userId, { role: member.role, sector }))}
                />
                <button type="button" className="link-button" onClick={() => remove(member)} aria-label={t("admin.members.removeLabel", { name: member.name })}>
                  {t("admin.members.remove")}
                </button>
              </li>
            ))}
          </ul>
          {members.state.data.invitations.length > 0 && (
            <>
              <h5>{t("admin.members.pending")}</h5>
              <ul className="member-list">
                {members.state.data.invitations.map((invitation) => (
                  <li key={invitation.id} className="member-list__row">
                    <span>
                      <strong>{invitation.name}</strong> <span className="muted">{invitation.email}</span> · {roleLabel(invitation.role, t)}
                      {invitation.sector && ` · ${t(`admin.sectors.${invitation.sector}`)}`}
                    </span>
                    <span className="muted">{t("admin.members.expires", { date: formatMeetingTime(invitation.expiresAt, currentLanguage(), t) })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <InviteForm regionId={forum.regionId} forumId={forum.id} onSeated={members.reload} />
    </div>
  );
}
