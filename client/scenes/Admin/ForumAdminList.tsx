import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kindLabel } from "../Forum/forumLabels.js";
import { updateForum, type AdminForum, type ForumInput, type ForumKind } from "./adminApi.js";
import { ForumForm } from "./ForumForm.js";
import { changedFields, forumValues, newForumValues } from "./forumFormValues.js";
import { MembersPanel } from "./MembersPanel.js";
import type { ParentOption } from "./parentOptions.js";

interface ForumAdminListProps {
  /** Unique on the page: the cluster's or region's id. */
  id: string;
  title: string;
  newLabel: string;
  forums: AdminForum[];
  /** What these forums may report to. */
  parents: ParentOption[];
  /** The kind a new forum starts as. */
  newKind: ForumKind;
  create(input: ForumInput): Promise<unknown>;
  onChanged(): void;
}

/**
 * A cluster's forums or a region's bodies: create one, and per forum edit
 * its settings (sending only what changed) or its members, one open at a time.
 */
export function ForumAdminList({ id, title, newLabel, forums, parents, newKind, create, onChanged }: ForumAdminListProps) {
  const { t } = useTranslation();
  // "new", or `${forumId}:edit` / `${forumId}:members`.
  const [open, setOpen] = useState<string | null>(null);
  const toggle = (key: string) => setOpen(open === key ? null : key);
  const parentNames = (forum: AdminForum) => forum.reportsTo.map((parent) => parents.find((p) => p.id === parent)?.name).filter((name): name is string => name !== undefined);

  return (
    <div className="forum-admin">
      <div className="forum-admin__head">
        <h3 id={`forums-${id}`}>{title}</h3>
        <button type="button" className="button button--primary" aria-expanded={open === "new"} onClick={() => toggle("new")}>
          {newLabel}
        </button>
      </div>
      {open === "new" && (
        <ForumForm
          title={newLabel}
          initial={newForumValues(newKind)}
          parents={parents}
          onCancel={() => setOpen(null)}
          onSubmit={async (input) => {
            await create(input);
            setOpen(null);
            onChanged();
          }}
        />
      )}
      {forums.length === 0 && <p className="empty-state">{t("admin.forums.empty")}</p>}
      <ul className="forum-admin__list">
        {forums.map((forum) => (
          <li key={forum.id} className="forum-admin__item" data-testid="admin-forum" data-forum-id={forum.id}>
            <div className="forum-admin__row">
              <div>
                <strong>{forum.name}</strong>
                <span className="muted">
                  {" "}
                  · {kindLabel(forum.kind, t)}
                  {parentNames(forum).length > 0 && ` · ${t("admin.forums.reportsTo", { forums: parentNames(forum).join(", ") })}`}
                  {!forum.deadlinesFirm && ` · ${t("admin.forums.softDeadlines")}`}
                </span>
              </div>
              <div className="forum-admin__buttons">
                <button type="button" className="button" aria-expanded={open === `${forum.id}:edit`} onClick={() => toggle(`${forum.id}:edit`)} aria-label={t("admin.forums.editLabel", { forum: forum.name })}>
                  {t("admin.forums.edit")}
                </button>
                <button type="button" className="button" aria-expanded={open === `${forum.id}:members`} onClick={() => toggle(`${forum.id}:members`)} aria-label={t("admin.forums.membersLabel", { forum: forum.name })}>
                  {t("admin.forums.members")}
                </button>
              </div>
            </div>
            {open === `${forum.id}:edit` && (
              <ForumForm
                title={t("admin.forums.editTitle", { forum: forum.name })}
                initial={forumValues(forum)}
                parents={parents}
                editedId={forum.id}
                onCancel={() => setOpen(null)}
                onSubmit={async (values) => {
                  const changes = changedFields(forumValues(forum), values);
                  if (Object.keys(changes).length > 0) await updateForum(forum.id, changes);
                  setOpen(null);
                  onChanged();
                }}
              />
            )}
            {open === `${forum.id}:members` && <MembersPanel forum={forum} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
