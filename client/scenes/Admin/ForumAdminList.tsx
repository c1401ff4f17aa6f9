import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kindLabel } from "../Forum/forumLabels.js";
import { createForum, updateForum, type AdminCluster, type AdminForum } from "./adminApi.js";
import { ForumForm } from "./ForumForm.js";
import { forumValues, newForumValues } from "./forumFormValues.js";
import { MembersPanel } from "./MembersPanel.js";

interface ForumAdminListProps {
  cluster: AdminCluster;
  onChanged(): void;
}

/** A cluster's forums: create one, and per forum edit its settings or its members (one open at a time). */
export function ForumAdminList({ cluster, onChanged }: ForumAdminListProps) {
  const { t } = useTranslation();
  // "new", or `${forumId}:edit` / `${forumId}:members`.
  const [open, setOpen] = useState<string | null>(null);
  const toggle = (key: string) => setOpen(open === key ? null : key);
  const parentName = (forum: AdminForum) => cluster.forums.find((f) => f.id === forum.reportsToForumId)?.name;

  return (
    <section className="forum-admin" aria-labelledby={`forums-${cluster.id}`}>
      <div className="forum-admin__head">
        <h3 id={`forums-${cluster.id}`}>{t("admin.forums.title")}</h3>
        <button type="button" className="button button--primary" aria-expanded={open === "new"} onClick={() => toggle("new")}>
          {t("admin.forums.new")}
        </button>
      </div>
      {open === "new" && (
        <ForumForm
          title={t("admin.forums.newTitle")}
          initial={newForumValues()}
          forums={cluster.forums}
          onCancel={() => setOpen(null)}
          onSubmit={async (input) => {
            await createForum(cluster.id, input);
            setOpen(null);
            onChanged();
          }}
        />
      )}
      <ul className="forum-admin__list">
        {cluster.forums.map((forum) => (
          <li key={forum.id} className="forum-admin__item" data-testid="admin-forum" data-forum-id={forum.id}>
            <div className="forum-admin__row">
              <div>
                <strong>{forum.name}</strong>
                <span className="muted">
                  {" "}
                  · {kindLabel(forum.kind, t)}
                  {parentName(forum) && ` · ${t("admin.forums.reportsTo", { forum: parentName(forum) })}`}
                  {forum.regionWide && ` · ${t("admin.forums.regionWide")}`}
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
                forums={cluster.forums}
                editedId={forum.id}
                onCancel={() => setOpen(null)}
                onSubmit={async (input) => {
                  await updateForum(forum.id, input);
                  setOpen(null);
                  onChanged();
                }}
              />
            )}
            {open === `${forum.id}:members` && <MembersPanel cluster={cluster} forum={forum} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
