// Typed access to the API VS Code injects into webviews. acquireVsCodeApi() may be called only once per webview,
// so the result is cached here and everything else goes through this module.

import type { WebviewMessage } from '../shared/protocol';

interface VsCodeWebviewApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeWebviewApi;

export interface HostConnection {
  post(message: WebviewMessage): void;
  /** The saved view state, unvalidated (see state.ts). */
  loadState(): unknown;
  saveState(state: unknown): void;
}

let connection: HostConnection | undefined;

export function hostConnection(): HostConnection {
  if (!connection) {
    const api = acquireVsCodeApi();
    connection = {
      post: (message) => api.postMessage(message),
      loadState: () => api.getState(),
      saveState: (state) => api.setState(state),
    };
  }
  return connection;
}
