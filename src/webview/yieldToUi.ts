// A turn for the UI between slices of long work (the header filter, the full render after a window drag).

/** Resolves in a new macrotask, so input events and painting run first. MessageChannel avoids the 4 ms clamp
 *  that nested setTimeout calls get; setTimeout is the fallback where there is no MessageChannel. */
export function yieldMacrotask(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
