import type { WebsocketProvider } from "y-websocket";

/**
 * Makes the provider follow the browser's network state. When the network
 * goes, the socket is dropped at once: a socket whose network is gone can
 * stay "open" until y-websocket's 30 s watchdog, and the user would be told
 * they are connected meanwhile. When it returns, a connection is tried at
 * once instead of after the retry backoff. Returns the function that stops following.
 */
export function reconnectWithNetwork(provider: WebsocketProvider): () => void {
  // shouldConnect is false after a 44xx close: the server refused for good, so stay away.
  const onOffline = () => {
    if (!provider.shouldConnect) return;
    provider.disconnect();
    provider.connect();
  };
  const onOnline = () => {
    if (provider.shouldConnect) provider.connect();
  };
  window.addEventListener("offline", onOffline);
  window.addEventListener("online", onOnline);
  return () => {
    window.removeEventListener("offline", onOffline);
    window.removeEventListener("online", onOnline);
  };
}
