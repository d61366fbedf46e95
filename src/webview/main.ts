// Entry point of the webview bundle: builds the header inspector, routes validated host messages to it, and
// tells the host it is ready (the host answers with the document's model).

import { HeaderInspector } from './headerInspector';
import { checkHostMessage } from './hostMessages';
import { hostConnection } from './vscodeApi';

const host = hostConnection();
const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('main'));
const inspector = new HeaderInspector(root, host);

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const check = checkHostMessage(event.data);
  if (check.ok) inspector.handleMessage(check.message);
  // No message content in the log: it may hold patient data.
  else console.warn(`DICOM Inspector: ignored a message from the host (${check.reason}).`);
});

host.post({ type: 'ready' });
