// Entry point of the webview bundle: lays out the image viewer beside the header inspector, routes validated host
// messages to them, and tells the host it is ready (the host answers with the document's model, then its image).

import { HeaderInspector } from './headerInspector';
import { checkHostMessage } from './hostMessages';
import { splitStateStore } from './state';
import { ImageViewer } from './viewer/imageViewer';
import { SplitLayout } from './viewer/splitLayout';
import { hostConnection } from './vscodeApi';

const host = hostConnection();
const stores = splitStateStore(host);
const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('main'));
const layout = new SplitLayout(stores.layout);
const inspector = new HeaderInspector(root, stores.header, {
  body: layout.root,
  headerPane: layout.headerPane,
});
const viewer = new ImageViewer(host, stores.viewer, {
  availability: (hasImage) => layout.setHasImage(hasImage),
  frameShown: (index) => inspector.followFrame(index),
});
layout.viewerPane.appendChild(viewer.root);

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const check = checkHostMessage(event.data);
  // No message content in the log: it may hold patient data.
  if (!check.ok) return console.warn(`DICOM Inspector: ignored a message from the host (${check.reason}).`);
  const message = check.message;
  switch (message.type) {
    case 'image':
      return viewer.showImage(message.image);
    case 'frame':
      return viewer.showFrame(message.frame);
    case 'frameFailed':
      return viewer.frameFailed(message.index, message.message);
    case 'navigateFrame':
      return viewer.navigate(message.to);
    case 'cacheBudget':
      return viewer.setCacheBudget(message.bytes);
    case 'reveal':
      layout.showHeader();
      return inspector.handleMessage(message);
    case 'header':
      viewer.setSummary(message.model.summary);
      return inspector.handleMessage(message);
    case 'privacy':
      viewer.setHideIdentity(message.hideIdentity);
      return inspector.handleMessage(message);
    default:
      return inspector.handleMessage(message);
  }
});

host.post({ type: 'ready' });
