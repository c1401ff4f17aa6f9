import { useTranslation } from "react-i18next";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { AccessLogTable } from "./AccessLogTable.js";
import { useOwnAccessLog } from "./useOwnAccessLog.js";
import "./accessLog.css";

/**
 * "Min adgangslog" (/min-adgangslog): who has read or changed meetings the
 * user appears in, newest first, a page at a time ("Vis ældre").
 */
export function AccessLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("accessLog.title"));
  const { state, loadMore } = useOwnAccessLog();

  return (
    <section className="page page--wide access-log" aria-labelledby="access-log-title">
      <h1 id="access-log-title">{t("accessLog.title")}</h1>
      <p className="access-log__intro">{t("accessLog.intro")}</p>
      {state.status === "loading" && <PageStatus>{t("accessLog.loading")}</PageStatus>}
      {state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(state.error, t)}
        </p>
      )}
      {state.status === "done" && (
        <>
          <p className="muted">{t("accessLog.retention", { days: state.retentionDays })}</p>
          {state.entries.length === 0 ? (
            <p className="empty-state">{t("accessLog.empty")}</p>
          ) : (
            <>
              <AccessLogTable entries={state.entries} />
              <p className="muted" role="status">
                {t("accessLog.shown", { count: state.entries.length })}
              </p>
            </>
          )}
          {state.moreError !== null && (
            <p className="form-error" role="alert">
              {errorMessage(state.moreError, t)}
            </p>
          )}
          {state.nextBefore !== null && (
            <button type="button" className="button" onClick={loadMore} disabled={state.loadingMore}>
              {state.loadingMore ? t("accessLog.loadingMore") : t("accessLog.more")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
