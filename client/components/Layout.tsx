import { Outlet } from "react-router";
import { AppHeader } from "./AppHeader.js";

/** The frame around every page: header, then the page in the main landmark. */
export function Layout() {
  return (
    <>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
