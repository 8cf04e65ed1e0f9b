// Shared by both pages of the first-render benchmark: `__probeFirstRender(count)` watches, frame by
// frame, how many inputs the page has drawn; once that number is above zero and the same for two
// frames, `window.__firstRender` is the time from navigation start to the end of the first frame
// that showed them all (a message posted in it runs once it has been painted).
window.__probeFirstRender = (count) => {
  let last = -1;
  let reachedAt = 0;
  const frame = () => {
    const now = count();
    if (now > 0 && now === last && reachedAt > 0) {
      window.__firstRender = reachedAt;
      window.__inputs = now;
      return;
    }
    if (now !== last) {
      last = now;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (reachedAt = performance.now());
      channel.port2.postMessage(0);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};
