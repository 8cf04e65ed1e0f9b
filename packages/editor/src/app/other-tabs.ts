/** Tells the page when the same form is open in another tab of this browser (BroadcastChannel, same editor URL). */
export function watchOtherTabs(onOther: () => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel(`cluster-form-editor:${location.pathname}`);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === "hello") channel.postMessage("here");
    if (event.data === "hello" || event.data === "here") onOther();
  };
  channel.postMessage("hello");
  return () => channel.close();
}
